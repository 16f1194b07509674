#!/usr/bin/env bash
# Parsing throughput on a generated 10 MiB document (docs/benchmarks.md, "Parsing").
# Usage: bench/parse_bench.sh [BUILD_DIR] [extra Google Benchmark flags]
# BUILD_DIR defaults to ./build of the source tree and must hold a build with
# REDRAFT_BUILD_BENCH=ON (the default), preferably RelWithDebInfo or Release.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift $(( $# > 0 ? 1 : 0 ))
corpus=$build/bench/corpus-10mib-seed1.txt
if [ ! -f "$corpus" ]; then
  python3 "$root/scripts/gen_corpus.py" --size 10MiB --seed 1 -o "$corpus"
fi
exec "$build/bench/parse_bench" "$corpus" --benchmark_repetitions=5 \
  --benchmark_report_aggregates_only=true "$@"
