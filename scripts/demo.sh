#!/usr/bin/env bash
# The main job: builds redraft, records the bundled history of the Rutte essay in a fresh
# store, and shows what redraft is for: the log, the timeline of the assessment of Mark Rutte,
# and the report between the first and the latest revision (the report and the timeline are
# also written as HTML).
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

latest=$(( $(wc -l < "$history/revisions.tsv") - 1 ))

heading() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
heading "redraft log essay.txt: the revisions recorded"
"$redraft" log essay.txt | tail -n +2
heading "redraft timeline --subject 'Mark Rutte': how the essay judges him, revision by revision"
"$redraft" timeline essay.txt --subject "Mark Rutte" | tail -n +3
heading "redraft report 1 $latest: the headline of what changed since the first draft"
# Exit code 1 means "there are differences": expected here.
"$redraft" report 1 "$latest" essay.txt -o "$work/report.txt" || [ $? = 1 ]
sed "/^$/q" "$work/report.txt"
"$redraft" report 1 "$latest" essay.txt --format html -o "$work/report.html" || [ $? = 1 ]
"$redraft" timeline essay.txt --subject "Mark Rutte" --format html -o "$work/timeline.html"
printf '\nThe whole report: %s/report.html (open it in a browser), and as text %s/report.txt\n' \
  "$work" "$work"
printf 'The timeline, charted: %s/timeline.html\n' "$work"
printf 'The store: %s/.redraft (plain git: git --git-dir=%s/.redraft log)\n' "$work" "$work"
