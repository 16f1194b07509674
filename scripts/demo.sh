#!/usr/bin/env bash
# The main job: builds redraft and runs it on the bundled history of the Rutte essay.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
redraft=$build/redraft
for revision in "$root"/fixtures/rutte/r*.txt; do
  "$redraft" show "$revision" | head -n 1
done
echo
"$redraft" show "$root/fixtures/rutte/r1.txt"
