#!/usr/bin/env bash
# The hardened test stage, run by scripts/test.sh (CI) after the normal stage: one clang build
# with AddressSanitizer and UndefinedBehaviorSanitizer (and libFuzzer's coverage
# instrumentation) runs the whole test suite but the slow and browser tests, a short libFuzzer
# run of every fuzz target (REDRAFT_FUZZ_SECONDS each, default 20) and every fuzz target's
# regression inputs. One build serves both, so the library is compiled once.
# Build folder: build-hardened/ (BUILD_ROOT overrides its parent). Stage times on the
# development machine: docs/reliability.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=${BUILD_ROOT:-$root}
jobs=$(nproc)
fuzz_seconds=${REDRAFT_FUZZ_SECONDS:-20}
"$root/scripts/install-deps.sh" clang libclang-rt-14-dev

stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

stage "AddressSanitizer + UndefinedBehaviorSanitizer build (clang, with the fuzz targets)"
# Line tables are all the sanitizers' reports need (file and line of each frame); full debug
# information took a tenth of the build.
CXX=clang++ BUILD_DIR="$builds/build-hardened" "$root/scripts/build.sh" -DREDRAFT_FUZZ=ON \
  -DREDRAFT_BUILD_BENCH=OFF -DREDRAFT_STATIC_DEPS=OFF -DREDRAFT_FUZZ_SECONDS="$fuzz_seconds" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG"
stage "test suite under the sanitizers, fuzzing ($fuzz_seconds s per target), regression inputs"
# Leaks are errors too; the first report stops the process, so that no finding scrolls past.
(cd "$builds/build-hardened" &&
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j "$jobs" --timeout 900 -LE 'slow|browser')
stage "done"
