#!/usr/bin/env bash
# The hardened test stages: the test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer, then a short libFuzzer run of every fuzz target (clang) with its
# regression inputs. Build folders: build-asan/ and build-fuzz/ (BUILD_ROOT overrides).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=${BUILD_ROOT:-$root}
jobs=$(nproc)
"$root/scripts/install-deps.sh" clang libclang-rt-14-dev

stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

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
