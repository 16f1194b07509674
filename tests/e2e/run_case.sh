#!/usr/bin/env bash
# Runs one end-to-end case: tests/e2e/<case>/cmd is a bash script run in a fresh sandbox with
#   $REDRAFT   the redraft binary        $FIXTURES  the repository's fixtures/ folder
#   $CASE      the case folder            $ROOT      the repository root
# Its stdout, stderr and exit code are compared with expected.stdout, expected.stderr (when the
# file exists) and expected.exit (0 when absent). REDRAFT_BLESS=1 rewrites the expected files
# (on purpose only: review the diff before committing). The sandbox is kept on failure, else
# removed, with the folder of all sandboxes once it is empty.
set -u
redraft=$1 case_dir=$2 sandbox=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
# A passed (or blessed) case removes its sandbox, and the folder of all sandboxes once no case
# is left in it (rmdir refuses while a parallel case runs there, or a failed one is kept).
clean_up() {
  cd / && rm -rf "$sandbox"
  rmdir "$(dirname "$sandbox")" 2>/dev/null
}
# A parallel case may remove the folder of all sandboxes between the two steps of `mkdir -p`:
# try again.
rm -rf "$sandbox"
for _ in 1 2 3 4 5; do mkdir -p "$sandbox" 2>/dev/null && break; done
cd "$sandbox" || exit 2
export REDRAFT="$redraft" FIXTURES="$root/fixtures" CASE="$case_dir" ROOT="$root"
export NO_COLOR=1 TZ=UTC LC_ALL=C.UTF-8 GIT_CONFIG_NOSYSTEM=1 HOME="$sandbox/home"
export GIT_AUTHOR_NAME="Test Author" GIT_AUTHOR_EMAIL="test@example.org"
export GIT_COMMITTER_NAME="Test Author" GIT_COMMITTER_EMAIL="test@example.org"
unset REDRAFT_STORE
mkdir -p "$HOME"
bash "$case_dir/cmd" >"$sandbox/actual.stdout" 2>"$sandbox/actual.stderr"
echo $? >"$sandbox/actual.exit"

if [ "${REDRAFT_BLESS:-0}" = 1 ]; then
  cp "$sandbox/actual.stdout" "$case_dir/expected.stdout"
  cp "$sandbox/actual.exit" "$case_dir/expected.exit"
  if [ -f "$case_dir/expected.stderr" ] || [ -s "$sandbox/actual.stderr" ]; then
    cp "$sandbox/actual.stderr" "$case_dir/expected.stderr"
  fi
  echo "blessed $(basename "$case_dir")"
  clean_up
  exit 0
fi

status=0
expected_exit=0
[ -f "$case_dir/expected.exit" ] && expected_exit=$(cat "$case_dir/expected.exit")
if [ "$(cat "$sandbox/actual.exit")" != "$expected_exit" ]; then
  echo "exit code: expected $expected_exit, got $(cat "$sandbox/actual.exit")"
  status=1
fi
if ! diff -u "$case_dir/expected.stdout" "$sandbox/actual.stdout"; then status=1; fi
if [ -f "$case_dir/expected.stderr" ] &&
   ! diff -u "$case_dir/expected.stderr" "$sandbox/actual.stderr"; then status=1; fi
if [ $status != 0 ]; then
  echo "--- stderr:"; head -c 4000 "$sandbox/actual.stderr"
  echo "case $(basename "$case_dir") failed; sandbox kept at $sandbox"
else
  clean_up
fi
exit $status
