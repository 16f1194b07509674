#!/usr/bin/env bash
# Generates adversarial inputs (nothing is committed) and runs each through the real command
# line, printing a Markdown table: input, command, wall time, peak memory, exit code, outcome.
# Usage: bench/adversarial.sh [path/to/redraft]   (default: build/redraft)
# CASES=store runs the store cases only.
# A case fails when redraft crashes (exit > 2), times out (TIMEOUT seconds, default 120) or
# leaves a partial --output file behind.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
redraft=$(realpath "${1:-$root/build/redraft}")
timeout_s=${TIMEOUT:-120}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
export NO_COLOR=1 LC_ALL=C.UTF-8 HOME="$work" GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=a GIT_AUTHOR_EMAIL=a@example.org
export GIT_COMMITTER_NAME=a GIT_COMMITTER_EMAIL=a@example.org

python3 - <<'PY'
import random
w = lambda name, data: open(name, "wb").write(data)
random.seed(1)
words = [b"the", b"essay", b"argues", b"that", b"policy", b"failed", b"because", b"of", b"cost"]
prose = lambda n: b" ".join(random.choice(words) for _ in range(n))
w("line-10mb.txt", prose(2_000_000)[: 10 << 20] + b".\n")
w("normal-10mb.txt", b"".join(prose(12).capitalize() + b".\n\n" for _ in range(140_000))[: 10 << 20])
w("empty-lines.txt", b"\n" * 1_000_000)
w("one-word-paragraphs.txt", b"".join(b"word%d\n\n" % i for i in range(100_000)))
# 10,000 levels on one line ("- - - item", ">>> quote"): indenting each level on its own line
# would make the file quadratic in the depth (100 MB for 10,000 levels).
w("nested-lists.md", b"- " * 10_000 + b"item\n\nAfter the list.\n")
w("nested-quotes.md", b">" * 10_000 + b" quote\n\nAfter the quotes.\n")
w("nested-lists-indented.md", b"".join(b"  " * i + b"- item\n" for i in range(1_000)))
w("nested-lists-flat.md", b"- item\n" * 10_000)
w("combining.txt", b"a" + "\u0301".encode() * 10_000 + b" end.\n")
w("rtl.txt", ("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd. \u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645. " * 2000 + "\n").encode())
w("zwj.txt", ("a\u200db\u200dc \u200d\u200d\u200d. " * 5000 + "\n").encode())
w("emoji.txt", ("\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 \U0001f3f3\ufe0f\u200d\U0001f308 \U0001f44d\U0001f3fd. " * 3000 + "\n").encode())
w("invalid-start.txt", b"\xff\xfeStart is bad.\n")
w("invalid-middle.txt", b"Good text. " * 1000 + b"\xc3\x28" + b" more.\n")
w("invalid-end.txt", b"Good text.\n\xe2\x82")
w("html.md", b"# Essay\n\n" + b"<script>alert('x')</script>\n\n<div onclick=\"evil()\">Text</div> and <b>bold</b> &amp; <img src=x onerror=alert(1)>.\n\n" * 500)
w("html-new.md", b"# Essay\n\n" + b"<script>alert('x')</script>\n\n<div onclick=\"evil()\">Text</div> and <b>bold</b> &amp; <img src=x onerror=alert(1)>.\n\n" * 499 + b"<iframe src=evil></iframe> <svg onload=alert(2)>\n")
PY

echo "| input | command | time (s) | peak RSS (MiB) | exit | outcome |"
echo "|---|---|---|---|---|---|"
run() { # label, then the command's arguments
  local label=$1
  shift
  rm -f out.txt
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o time.txt timeout "$timeout_s" "$redraft" "$@" >stdout.txt 2>stderr.txt
  local code=$?
  end=$(date +%s.%N)
  local rss=$(( $(tail -n 1 time.txt) / 1024 ))
  local outcome
  if [ "$code" = 124 ]; then
    outcome="HANG (timeout)"
  elif [ "$code" -gt 2 ]; then
    outcome="CRASH"
  elif [ "$code" = 2 ] && [ -s stdout.txt ]; then
    outcome="$(wc -c <stdout.txt) bytes out, then: $(head -c 120 stderr.txt | tr '\n|' ' /')"
  elif [ "$code" = 2 ]; then
    outcome="refused: $(head -c 120 stderr.txt | tr '\n|' ' /')"
  else
    outcome="ok, $(wc -c <stdout.txt) bytes out"
  fi
  printf '| %s | redraft %s | %.2f | %d | %d | %s |\n' "$label" "$*" "$(echo "$end - $start" | bc)" \
    "$rss" "$code" "$outcome"
}

if [ "${CASES:-all}" = all ]; then
run "normal 10 MB (baseline)" show normal-10mb.txt --format json
run "normal 10 MB (baseline)" diff normal-10mb.txt normal-10mb.txt
run "10 MB single line" show line-10mb.txt --format json
run "10 MB single line" diff line-10mb.txt normal-10mb.txt
run "1,000,000 empty lines" show empty-lines.txt
run "1,000,000 empty lines" diff empty-lines.txt one-word-paragraphs.txt
run "100,000 one-word paragraphs" show one-word-paragraphs.txt --format json
run "100,000 one-word paragraphs" diff one-word-paragraphs.txt normal-10mb.txt
run "10,000 nested list levels" show nested-lists.md --format json
run "10,000 flat list items (same size class)" show nested-lists-flat.md --format json
run "10,000 nested list levels" diff nested-lists.md nested-lists-flat.md
run "1,000 indented list levels (1 MB)" show nested-lists-indented.md --format json
run "10,000 nested block quotes" show nested-quotes.md --format json
run "10,000 nested block quotes" diff nested-quotes.md nested-lists.md
run "10,000 combining marks" show combining.txt --format json
run "right-to-left text" diff rtl.txt zwj.txt
run "zero-width joiners" show zwj.txt --format json
run "emoji sequences" diff emoji.txt rtl.txt
run "invalid UTF-8 at start" show invalid-start.txt
run "invalid UTF-8 in middle" diff invalid-middle.txt rtl.txt
run "invalid UTF-8 at end" show invalid-end.txt
run "HTML and script (Markdown)" diff html.md nested-lists.md --format json
for command in diff report; do
  run "HTML and script (Markdown)" $command html.md html-new.md --subject Essay --format html
  # The essay's tags must arrive escaped: a live one would run in the reader's browser.
  grep -q -e "<script>alert('x')" -e "<img src=x" -e "<iframe src=evil" -e "<svg onload" stdout.txt &&
    echo "| HTML and script | $command --format html | | | | FAIL: a tag of the essay is live |"
done
run "diff into --output of a refused input" diff invalid-end.txt rtl.txt --output out.txt
[ -e out.txt ] && echo "| partial result | --output | | | | FAIL: out.txt written |"
fi

# A store with a damaged object, a dangling ref and a stale lock file.
mkdir store && cd store || exit 2
"$redraft" init >/dev/null 2>&1
printf 'First draft.\n' > essay.txt && "$redraft" commit essay.txt -m one >/dev/null 2>&1
printf 'Second draft.\n' > essay.txt && "$redraft" commit essay.txt -m two >/dev/null 2>&1
git_dir=.redraft
blob=$(git --git-dir="$git_dir" rev-parse HEAD:essay.txt 2>/dev/null)
obj="$git_dir/objects/${blob:0:2}/${blob:2}"
if [ -f "$obj" ]; then chmod u+w "$obj"; printf 'garbage' > "$obj"; fi
cd .. || exit 2
(cd store && run "store: damaged object" show 2 essay.txt)
(cd store && run "store: damaged object" log essay.txt)
echo 0000000000000000000000000000000000000000 > "store/$git_dir/refs/heads/dangling"
printf '%s\n' 1234567890123456789012345678901234567890 > "store/$git_dir/refs/tags/dangling"
(cd store && run "store: dangling ref" log essay.txt)
: > "store/$git_dir/index.lock"
: > "store/$git_dir/refs/heads/main.lock"
printf 'Third draft.\n' > store/essay.txt
(cd store && run "store: stale lock file" commit essay.txt -m three)
(cd store && run "store: stale lock file" log essay.txt)
