#!/usr/bin/env bash
# Builds redraft and runs the whole test suite, as CI does: the formatting check, unit,
# end-to-end, browser and slow (concurrency, load) tests. scripts/test-hardened.sh adds the
# sanitizer build and the short fuzz runs (not yet part of CI: see docs/reliability.md).
# Build folder: build/ in the repository (BUILD_ROOT overrides its parent).
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

stage "done"
