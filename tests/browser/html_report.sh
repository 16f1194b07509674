#!/usr/bin/env bash
# Browser test of the HTML reports (label `browser`): renders the Rutte r5 -> r6 report, an
# essay full of script payloads, and the timeline of the whole Rutte history; loads each in
# headless chromium, checks the DOM (number of changes, every in-page link resolves, the summary
# is there, no payload ran; the timeline's chart with one dot per revision and the axis labels)
# and saves a screenshot of each. Usage: html_report.sh REDRAFT OUTPUT_DIR. Exit 77 (skipped) only when chromium
# is missing and cannot be installed.
set -u
redraft=$1 out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/scripts/install-deps.sh" chromium >/dev/null 2>&1 || true
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium is not installed and scripts/install-deps.sh chromium could not install it"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
run_browser() { # run_browser ARGS... FILE
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>>"$out/chromium.log"
}
status=0
fail() { echo "FAIL: $*"; status=1; }

# 1. The Rutte report.
cd "$root/fixtures/rutte"
"$redraft" report r5.txt r6.txt --config redraft.toml --format html -o "$out/report.html"
[ $? = 1 ] || fail "redraft report should exit 1 (differences)"
run_browser --dump-dom "file://$out/report.html" >"$out/report.dom"
run_browser --window-size=1440,2200 --hide-scrollbars --screenshot="$out/report.png" \
  "file://$out/report.html" >/dev/null
[ -s "$out/report.png" ] || fail "no screenshot"
grep -q 'id="summary"' "$out/report.dom" || fail "no summary in the DOM"
grep -q 'The assessment of Mark Rutte' "$out/report.dom" || fail "no ten-second summary"
# Changes listed in the panel = the changes of the text report ("  kind ..." lines, a hedge's
# "  hedged: ..." among them).
expected_changes=$("$redraft" report r5.txt r6.txt --config redraft.toml |
  grep -cE '^  [a-z_]+:?( |,)' )
no_change_lines=$("$redraft" report r5.txt r6.txt --config redraft.toml | grep -c '^  no change')
expected_changes=$((expected_changes - no_change_lines))
dom_changes=$(grep -o '<li class="change' "$out/report.dom" | wc -l)
[ "$dom_changes" = "$expected_changes" ] ||
  fail "assessment changes in the DOM: $dom_changes, expected $expected_changes"
# Changed paragraph rows = changed entries of the JSON summary.
changed_entries=$("$redraft" diff r5.txt r6.txt --config redraft.toml --format json |
  sed -n '/"summary"/,$p' | grep -E '"(edited|moved|split|merged|added|removed)":' |
  grep -oE '[0-9]+' | paste -sd+)
changed_entries=$((changed_entries))
dom_rows=$(grep -o '<section class="row op-[a-z]* changed"' "$out/report.dom" | wc -l)
[ "$dom_rows" = "$changed_entries" ] || fail "changed rows in the DOM: $dom_rows, expected $changed_entries"
# Every in-page link resolves to an id.
links=0
for target in $(grep -oE 'href="#[^"]+"' "$out/report.dom" | sed -E 's/href="#(.*)"/\1/' | sort -u); do
  links=$((links + 1))
  grep -q "id=\"$target\"" "$out/report.dom" || fail "link #$target has no target"
done
[ "$links" -gt 0 ] || fail "no in-page links"
echo "report: $dom_changes changes, $dom_rows changed rows, $links distinct links, screenshot $out/report.png"

# 2. Script payloads in the essay never run.
cd "$out"
cat >old.txt <<'ESSAY'
Rutte was prudent in the crisis.

A quiet paragraph about the summit.
ESSAY
cat >new.txt <<'ESSAY'
Rutte was reckless <script>document.title='pwned'</script> in the crisis.

A quiet paragraph <img src=x onerror="document.title='pwned';document.body.setAttribute('data-xss','1')"> about the summit, see [the record](javascript:document.title='pwned') and <a href="javascript:document.title='pwned'">this</a>.

Text that closes a script: </script><script>document.title='pwned'</script> and "quotes" & 'apostrophes'.
ESSAY
for format in html; do
  "$redraft" diff old.txt new.txt --subject "Mark Rutte" --alias Rutte --format $format -o xss.html
done
run_browser --dump-dom "file://$out/xss.html" >"$out/xss.dom"
run_browser --window-size=1200,900 --screenshot="$out/xss.png" "file://$out/xss.html" >/dev/null
grep -q '<title>redraft: old.txt' "$out/xss.dom" || fail "page title changed: $(grep -o '<title>[^<]*' "$out/xss.dom")"
grep -q 'pwned</title>' "$out/xss.dom" && fail "a payload set the title"
grep -q '<body[^>]*data-xss' "$out/xss.dom" && fail "an onerror payload ran"
grep -q '<img' "$out/xss.dom" && fail "an <img> element made it into the DOM"
grep -q '<a [^>]*href="javascript:' "$out/xss.dom" && fail "a javascript: link made it into the DOM"
[ "$(grep -c '<script' "$out/xss.html")" = 1 ] || fail "the raw page holds a script besides its own"
grep -qE "<img|onerror=\"|<a href=\"javascript|</script><script>document" "$out/xss.html" &&
  fail "unescaped payload in the raw HTML"
grep -q '&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;' "$out/xss.html" ||
  fail "the script payload is not shown as text"
echo "xss: no payload ran; screenshot $out/xss.png"

# 3. The timeline of the Rutte history: a chart per subject, a dot per revision on each line.
history="$out/history"
mkdir -p "$history" && cd "$history"
export NO_COLOR=1 TZ=UTC GIT_CONFIG_NOSYSTEM=1 HOME="$history"
export GIT_AUTHOR_NAME="Test Author" GIT_AUTHOR_EMAIL="test@example.org"
export GIT_COMMITTER_NAME="Test Author" GIT_COMMITTER_EMAIL="test@example.org"
unset REDRAFT_STORE
"$redraft" init >/dev/null
cp "$root/fixtures/rutte/redraft.toml" "$root/fixtures/rutte/russia_stance.tsv" .
revisions=0
while IFS=$'\t' read -r file date label message; do
  cp "$root/fixtures/rutte/$file" essay.txt
  "$redraft" commit essay.txt -m "$message" --date "$date" --label "$label" >/dev/null ||
    fail "commit of $file"
  revisions=$((revisions + 1))
done < <(tail -n +2 "$root/fixtures/rutte/revisions.tsv")
"$redraft" timeline essay.txt --format html -o "$out/timeline.html" || fail "redraft timeline"
"$redraft" timeline essay.txt --format json >"$out/timeline.json"
json_list() { # the number of items of a top-level list of the timeline's JSON
  sed -n "/^  \"$1\": \[/,/^  \]/p" "$out/timeline.json" | grep -c '^    "'
}
subjects=$(json_list subjects) dimensions=$(json_list dimensions)
run_browser --dump-dom "file://$out/timeline.html" >"$out/timeline.dom"
run_browser --window-size=1280,2400 --hide-scrollbars --screenshot="$out/timeline.png" \
  "file://$out/timeline.html" >/dev/null
[ -s "$out/timeline.png" ] || fail "no timeline screenshot"
charts=$(grep -o '<svg class="chart"' "$out/timeline.dom" | wc -l)
[ "$charts" = "$subjects" ] || fail "charts in the DOM: $charts, expected one per subject ($subjects)"
# Every line of every chart has one dot per revision.
dots=$(awk 'BEGIN { RS = "<g class=\"series\"" } NR > 1 {
  n = gsub(/<circle/, "&"); print n }' "$out/timeline.dom" | sort -u | paste -sd,)
lines=$(grep -o '<g class="series"' "$out/timeline.dom" | wc -l)
[ "$dots" = "$revisions" ] || fail "dots per line: $dots, expected $revisions"
[ "$lines" = $((subjects * dimensions)) ] ||
  fail "lines: $lines, expected $((subjects * dimensions)) (subjects x dimensions)"
# The axis: each revision's name and date under each chart.
labels=$(grep -o '<text class="revision"[^>]*>r[0-9]*</text>' "$out/timeline.dom" | wc -l)
dates=$(grep -oE '<text class="date"[^>]*>[0-9]{4}-[0-9]{2}-[0-9]{2}</text>' "$out/timeline.dom" | wc -l)
[ "$labels" = $((subjects * revisions)) ] || fail "axis labels: $labels, expected $((subjects * revisions))"
[ "$dates" = $((subjects * revisions)) ] || fail "axis dates: $dates, expected $((subjects * revisions))"
grep -q '>2025-06-30</text>' "$out/timeline.dom" || fail "the summit's date is not on the axis"
# The table of profiles, a row per revision, and a headline per consecutive pair.
rows=$(grep -o '<tr><td>r[0-9]*</td>' "$out/timeline.dom" | wc -l)
[ "$rows" = $((subjects * revisions)) ] || fail "table rows: $rows, expected $((subjects * revisions))"
steps=$(grep -o '<li class="step">' "$out/timeline.dom" | wc -l)
[ "$steps" = $((revisions - 1)) ] || fail "steps: $steps, expected $((revisions - 1))"
[ "$(grep -c '<script' "$out/timeline.html")" = 1 ] || fail "the timeline holds a script besides its own"
echo "timeline: $charts charts, $lines lines of $dots dots, $labels axis labels; screenshot $out/timeline.png"

# 4. Script payloads in revision messages and subject names never run in the timeline.
mkdir -p "$out/hostile" && cd "$out/hostile"
"$redraft" init >/dev/null
cp "$out/old.txt" essay.txt
"$redraft" commit essay.txt -m "<script>document.title='pwned'</script>" >/dev/null
cp "$out/new.txt" essay.txt
"$redraft" commit essay.txt -m "<img src=x onerror=\"document.title='pwned'\">" >/dev/null
"$redraft" timeline essay.txt --subject "Rutte<script>document.title='pwned'</script>" \
  --alias Rutte --format html -o "$out/timeline-xss.html" || fail "redraft timeline (payloads)"
run_browser --dump-dom "file://$out/timeline-xss.html" >"$out/timeline-xss.dom"
grep -q '<title>redraft timeline: essay.txt</title>' "$out/timeline-xss.dom" ||
  fail "timeline page title changed: $(grep -o '<title>[^<]*' "$out/timeline-xss.dom" | head -1)"
grep -q '<img' "$out/timeline-xss.dom" && fail "an <img> element made it into the timeline"
[ "$(grep -c '<script' "$out/timeline-xss.html")" = 1 ] ||
  fail "the timeline holds a script besides its own"
grep -q "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" "$out/timeline-xss.html" ||
  fail "the payload in the message is not shown as text"
echo "timeline xss: no payload ran"
exit $status
