#!/usr/bin/env bash
# Peak memory of parsing a generated 10 MiB document (docs/benchmarks.md, "Parsing").
# Usage: bench/parse_memory.sh [BUILD_DIR]   (BUILD_DIR defaults to ./build of the source tree)
# Prints VmHWM as measured inside the process after document::load, and the maximum resident
# set size that GNU time reports for the same process.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
corpus=$build/bench/corpus-10mib-seed1.txt
if [ ! -f "$corpus" ]; then
  python3 "$root/scripts/gen_corpus.py" --size 10MiB --seed 1 -o "$corpus"
fi
if [ ! -x /usr/bin/time ]; then
  "$root/scripts/install-deps.sh" time
fi
/usr/bin/time -v "$build/bench/parse_peak_memory" "$corpus" 2>"$build/bench/parse_memory.time"
size=$(stat -c %s "$corpus")
max_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$build/bench/parse_memory.time")
awk -v kib="$max_kib" -v size="$size" \
  'BEGIN { printf "GNU time maximum RSS:    %.1f MiB (%.2f x input)\n", kib / 1024, kib * 1024 / size }'
