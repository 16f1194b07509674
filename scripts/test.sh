#!/usr/bin/env bash
# Builds redraft and runs the whole test suite, as CI does:
#   1. the normal build: formatting check, unit, end-to-end and fixture tests;
#   2. the same tests built with AddressSanitizer and UndefinedBehaviorSanitizer;
#   3. a short libFuzzer run of every fuzz target (clang), plus its regression inputs.
# Build folders: build/, build-asan/ and build-fuzz/ in the repository (BUILD_ROOT overrides).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=${BUILD_ROOT:-$root}
jobs=$(nproc)
"$root/scripts/install-deps.sh" clang libclang-rt-14-dev

stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

stage "normal build"
BUILD_DIR="$builds/build" "$root/scripts/build.sh"
cmake --build "$builds/build" --target check_format -- --no-print-directory >/dev/null
(cd "$builds/build" && ctest --output-on-failure -j "$jobs" --timeout 600)

stage "AddressSanitizer + UndefinedBehaviorSanitizer build"
BUILD_DIR="$builds/build-asan" "$root/scripts/build.sh" -DREDRAFT_SANITIZE=ON -DREDRAFT_BUILD_BENCH=OFF
(cd "$builds/build-asan" &&
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --output-on-failure -j "$jobs" --timeout 900 -LE slow)

stage "fuzzing (${REDRAFT_FUZZ_SECONDS:-20} s per target)"
CXX=clang++ BUILD_DIR="$builds/build-fuzz" "$root/scripts/build.sh" -DREDRAFT_FUZZ=ON \
  -DREDRAFT_BUILD_TESTS=OFF -DREDRAFT_BUILD_BENCH=OFF -DREDRAFT_FUZZ_SECONDS="${REDRAFT_FUZZ_SECONDS:-20}"
(cd "$builds/build-fuzz" && ctest --output-on-failure -j "$jobs" -L fuzz)
stage "done"
