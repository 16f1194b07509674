#!/usr/bin/env bash
# Builds redraft and runs the whole test suite: formatting, unit and end-to-end tests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
echo "== formatting"
cmake --build "$build" --target check_format -- --no-print-directory >/dev/null
echo "== tests"
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 300
