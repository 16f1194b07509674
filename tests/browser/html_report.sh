#!/usr/bin/env bash
# Browser test of the HTML report (label `browser`): renders the Rutte r5 -> r6 report and an
# essay full of script payloads, loads both in headless chromium, checks the DOM (number of
# changes, every in-page link resolves, the summary is there, no payload ran) and saves a
# screenshot. Usage: html_report.sh REDRAFT OUTPUT_DIR. Exit 77 (skipped) only when chromium
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
# Changes listed in the panel = the changes of the text report ("  kind ..." lines).
expected_changes=$("$redraft" report r5.txt r6.txt --config redraft.toml |
  grep -cE '^  [a-z_]+( |,)' )
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
exit $status
