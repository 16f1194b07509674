#!/usr/bin/env bash
# Times `redraft diff --no-assessment --format json` side by side with git's word diff, wdiff,
# dwdiff and wikidiff2 (moves on) on the generated corpus (scripts/gen_diff_corpus.py), and
# prints a Markdown table: median wall time, ratio to redraft, peak memory. dwdiff and
# wikidiff2 run once on the 10 MB pair (they take minutes there); the others RUNS times.
# Usage: bench/diff_bench.sh [sizes...]   (default: 100k 1m 10m)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
corpus=${CORPUS_DIR:-$root/out/diff-corpus}
runs=${RUNS:-10}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100k 1m 10m)

"$root/scripts/install-deps.sh" php-cli php-wikidiff2 wdiff dwdiff hyperfine
[ -x "$build/redraft" ] || "$root/scripts/build.sh"
# shellcheck source=bench/diff_corpus.sh
source "$root/bench/diff_corpus.sh"

# Peak resident memory in KB of one run.
peak_kb() { { /usr/bin/time -f %M "$@" 2>&1 >/dev/null || true; } | tail -n 1; }

echo "machine: $(nproc) cores, $(uname -sr); $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| size | tool | median ms | x redraft | peak MB | peak / inputs |"
echo "|---|---|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  old=$corpus/$size/old.txt new=$corpus/$size/new.txt
  # wikidiff2 diffs lines: one paragraph per line.
  grep -v '^[[:space:]]*$' "$old" >"$work/old.lines"
  grep -v '^[[:space:]]*$' "$new" >"$work/new.lines"
  inputs=$(( $(stat -c %s "$old") + $(stat -c %s "$new") ))
  names=(redraft "git word-diff" wdiff dwdiff "wikidiff2 (moves)")
  commands=(
    "$build/redraft diff --no-assessment --format json $old $new"
    "git diff --no-index --word-diff=porcelain $old $new"
    "wdiff $old $new"
    "dwdiff $old $new"
    "php -d wikidiff2.moved_paragraph_detection_cutoff=1000000 $root/bench/wikidiff2.php $work/old.lines $work/new.lines"
  )
  : >"$work/rows"
  for k in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    if [ "$size" = 10m ] && [ "$k" -ge 3 ]; then
      # dwdiff and wikidiff2 take minutes on the 10 MB pair: one timed run there.
      read -r seconds kb < <({ /usr/bin/time -f '%e %M' ${commands[$k]} 2>&1 >/dev/null || true; } | tail -n 1)
      ms=$(echo "$seconds * 1000" | bc -l)
    else
      hyperfine --style none --warmup 1 --runs "$runs" -i --output=null \
        --export-json "$work/$size-$k.json" "${commands[$k]}" >/dev/null 2>&1
      ms=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000)' "$work/$size-$k.json")
      kb=$(peak_kb ${commands[$k]})
    fi
    echo "$ms $kb" >>"$work/rows"
  done
  python3 - "$work/rows" "$size" "$inputs" "${names[@]}" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
size, inputs, names = sys.argv[2], int(sys.argv[3]), sys.argv[4:]
base = float(rows[0][0])
for name, (ms, kb) in zip(names, rows):
    ms, kb = float(ms), float(kb)
    print(f"| {size} | {name} | {ms:.1f} | {ms / base:.2f} | {kb / 1024:.1f} | {kb * 1024 / inputs:.1f} |")
PY
done
