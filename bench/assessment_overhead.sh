#!/usr/bin/env bash
# Times `redraft diff --format json` with and without the assessment (--no-assessment) on the diff
# benchmark pairs, alternating the two in one run, and prints the medians and their ratio.
# Usage: bench/assessment_overhead.sh [BUILD_DIR] [RUNS]   (corpus: scripts/gen_diff_corpus.py)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-7}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
python3 "$root/scripts/gen_diff_corpus.py" --out "$corpus" --sizes 1m,10m >/dev/null 2>&1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for size in 1m 10m; do
  : >"$corpus/with" ; : >"$corpus/without"
  for _ in $(seq "$runs"); do
    for mode in without with; do
      flag=""; [ "$mode" = without ] && flag="--no-assessment"
      start=$(date +%s.%N)
      "$build/redraft" diff "$corpus/$size/old.txt" "$corpus/$size/new.txt" --format json \
        $flag >/dev/null || true
      end=$(date +%s.%N)
      echo "$end - $start" | bc >>"$corpus/$mode"
    done
  done
  without=$(median <"$corpus/without")
  with=$(median <"$corpus/with")
  printf '%s: --no-assessment %.3f s, with assessment %.3f s, ratio %.2f (median of %d)\n' \
    "$size" "$without" "$with" "$(echo "$with / $without" | bc -l)" "$runs"
done
