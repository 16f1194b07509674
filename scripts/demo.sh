#!/usr/bin/env bash
# The main job: builds redraft, records the bundled history of the Rutte essay in a fresh
# store, and shows what redraft is for: the log, the timeline of the assessment of Mark Rutte,
# and the report between the first and the latest revision (also written as HTML).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
redraft=$build/redraft
history=$root/fixtures/rutte

work=$(mktemp -d "${TMPDIR:-/tmp}/redraft-demo.XXXXXX")
cd "$work"
"$redraft" init . >/dev/null
cp "$history/redraft.toml" "$history/russia_stance.tsv" .
# revisions.tsv: file, date, label, message (one line per revision, oldest first).
tail -n +2 "$history/revisions.tsv" | while IFS=$'\t' read -r file date label message; do
  cp "$history/$file" essay.txt
  "$redraft" commit essay.txt --date "$date" --label "$label" -m "$message" \
    --author "Analysis desk <desk@example.org>" >/dev/null
done

heading() { printf '\n\033[1m== %s\033[0m\n\n' "$1"; }
heading "redraft log essay.txt"
"$redraft" log essay.txt
heading "redraft timeline essay.txt --subject 'Mark Rutte'"
"$redraft" timeline essay.txt --subject "Mark Rutte"
heading "redraft report 1 7 essay.txt (the first lines; the whole report is in report.txt)"
# Exit code 1 means "there are differences": expected here.
"$redraft" report 1 7 essay.txt -o "$work/report.txt" || [ $? = 1 ]
head -n 12 "$work/report.txt"
"$redraft" report 1 7 essay.txt --format html -o "$work/report.html" || [ $? = 1 ]
printf '\nThe store is %s/.redraft\nThe reports are %s/report.txt and %s/report.html\n' \
  "$work" "$work" "$work"
