#!/usr/bin/env bash
# Configures and builds redraft in BUILD_DIR (default: build/ in the repository).
# Quiet when all goes well; on failure it prints the build log.
# Usage: build.sh [extra cmake arguments...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
mkdir -p "$build"
log="$build/build.log"
if ! { cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" &&
       cmake --build "$build" -j "$(nproc)" -- --no-print-directory; } >"$log" 2>&1; then
  grep -E -B2 -A12 'error|Error' "$log" | head -n 80 >&2 || tail -n 40 "$log" >&2
  echo "build failed in $build; the whole log is $log" >&2
  exit 2
fi
