#!/usr/bin/env bash
# Builds redraft and runs the whole test suite, as CI does (.ci/run): the formatting check,
# unit, end-to-end, browser and slow (concurrency, load) tests; then scripts/test-hardened.sh:
# the test suite under AddressSanitizer and UndefinedBehaviorSanitizer, and a short run of every
# fuzz target (REDRAFT_FUZZ_SECONDS each, default 20). Stage times: docs/reliability.md.
# Build folders: build/ and build-hardened/ in the repository (BUILD_ROOT overrides
# their parent).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builds=${BUILD_ROOT:-$root}
jobs=$(nproc)
"$root/scripts/install-deps.sh"

stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

stage "normal build"
BUILD_DIR="$builds/build" "$root/scripts/build.sh"
cmake --build "$builds/build" --target check_format -- --no-print-directory >/dev/null
(cd "$builds/build" && ctest --output-on-failure -j "$jobs" --timeout 600)

BUILD_ROOT="$builds" "$root/scripts/test-hardened.sh"
