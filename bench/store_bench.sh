#!/usr/bin/env bash
# Store benchmarks (docs/benchmarks.md, "Store"), side by side in one run:
#  1. committing a 15 KB and a 1 MB document with `redraft commit` against the same change made
#     with git's own commands (hash-object -w, mktree, commit-tree, update-ref) on the same store;
#  2. `redraft log` over a generated 10,000-revision store, and resolving revision specs there.
# Usage: bench/store_bench.sh [REDRAFT] [RUNS] [REVISIONS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
redraft=$(realpath "${1:-$root/build/redraft}")
runs=${2:-15}
revisions=${3:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/redraft-store-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 HOME="$work" GIT_AUTHOR_NAME="Bench" GIT_AUTHOR_EMAIL="bench@example.org"
export GIT_COMMITTER_NAME="Bench" GIT_COMMITTER_EMAIL="bench@example.org"
essay=$root/fixtures/rutte/r1.txt

now_us() { echo $(( $(date +%s%N) / 1000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# CPU time (user + system, microseconds) used so far by this shell's finished children, into
# $CPU: under load from other processes, wall time says more about the machine than about the
# program. (`times` must run in this shell, not in a subshell.)
cpu_now() {
  times > "$work/times"
  CPU=$(awk 'function us(t,  m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return int((m * 60 + t) * 1000000) }
    NR == 2 { print us($1) + us($2) }' "$work/times")
}

# The same change with git plumbing: a new blob in the tip's tree, a commit, a compare-and-swap
# of main (update-ref with the old value), as redraft does.
git_commit() { # FILE MESSAGE [git -c options...]
  local file=$1 message=$2; shift 2
  local g=(git --git-dir=.redraft "$@")
  local parent blob tree commit
  parent=$("${g[@]}" rev-parse --verify -q main || true)
  blob=$("${g[@]}" hash-object -w "$file")
  tree=$( { [ -n "$parent" ] && "${g[@]}" ls-tree "$parent" | grep -v "	$file\$"; printf '100644 blob %s\t%s\n' "$blob" "$file"; } | "${g[@]}" mktree)
  commit=$(echo "$message" | "${g[@]}" commit-tree "$tree" ${parent:+-p "$parent"})
  "${g[@]}" update-ref -m "$message" refs/heads/main "$commit" ${parent:+"$parent"}
}

bench_commit() { # LABEL SOURCE_FILE
  local label=$1 source=$2 store=$work/commit-$1
  mkdir -p "$store" && cd "$store" && "$redraft" init >/dev/null
  local name=essay.txt
  cp "$source" "$name" && "$redraft" commit "$name" -m "first" >/dev/null
  local r=() g=() gf=() rc=() gc=() gfc=()
  for i in $(seq 1 "$runs"); do
    printf '\nredraft run %d.\n' "$i" >> "$name"
    cpu_now; c=$CPU; t=$(now_us); "$redraft" commit "$name" -m "redraft $i" >/dev/null
    r+=($(( $(now_us) - t ))); cpu_now; rc+=($(( CPU - c )))
    printf '\ngit run %d.\n' "$i" >> "$name"
    cpu_now; c=$CPU; t=$(now_us); git_commit "$name" "git $i"
    g+=($(( $(now_us) - t ))); cpu_now; gc+=($(( CPU - c )))
    printf '\ngit fsync run %d.\n' "$i" >> "$name"
    cpu_now; c=$CPU; t=$(now_us); git_commit "$name" "git fsync $i" -c core.fsync=all -c core.fsyncMethod=fsync
    gf+=($(( $(now_us) - t ))); cpu_now; gfc+=($(( CPU - c )))
  done
  git --git-dir=.redraft fsck --strict --no-progress >/dev/null 2>&1 || { echo "fsck failed on $label"; exit 1; }
  local rm gm gfm
  rm=$(printf '%s\n' "${r[@]}" | median); gm=$(printf '%s\n' "${g[@]}" | median)
  gfm=$(printf '%s\n' "${gf[@]}" | median)
  printf '| %-6s | wall | %8.1f | %8.1f | %8.1f | %5.2f | %5.2f |\n' "$label" \
    "$(echo "$rm / 1000" | bc -l)" "$(echo "$gm / 1000" | bc -l)" "$(echo "$gfm / 1000" | bc -l)" \
    "$(echo "$rm / $gm" | bc -l)" "$(echo "$rm / $gfm" | bc -l)"
  rm=$(printf '%s\n' "${rc[@]}" | median); gm=$(printf '%s\n' "${gc[@]}" | median)
  gfm=$(printf '%s\n' "${gfc[@]}" | median)
  printf '| %-6s | CPU  | %8.1f | %8.1f | %8.1f | %5.2f | %5.2f |\n' "$label" \
    "$(echo "$rm / 1000" | bc -l)" "$(echo "$gm / 1000" | bc -l)" "$(echo "$gfm / 1000" | bc -l)" \
    "$(echo "$rm / $gm" | bc -l)" "$(echo "$rm / $gfm" | bc -l)"
  cd "$work"
}

echo "machine: $(nproc) cores, $(uname -sr), $(git --version), libgit2 $(pkg-config --modversion libgit2 2>/dev/null || echo '?')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## Commit (median of $runs runs, ms; ratio < 1: redraft is faster)"
echo
echo "| size   | time |  redraft |      git | git+fsync | redraft/git | redraft/git+fsync |"
echo "|--------|------|----------|----------|----------|-------|-------|"
# The 1 MB document: the essay's paragraphs repeated, each copy numbered, so that no two are equal.
awk -v target=$((1024 * 1024)) 'BEGIN { RS = ""; ORS = "\n\n" } { p[NR] = $0 } END {
  size = 0; for (copy = 1; size < target; ++copy) for (i = 1; i <= NR && size < target; ++i) {
    line = p[i] " (" copy ")"; print line; size += length(line) + 2 } }' "$essay" > "$work/big.txt"
bench_commit 15KB "$essay"
bench_commit 1MB "$work/big.txt"

echo
echo "## History of $revisions revisions"
echo
store=$work/history && mkdir -p "$store" && cd "$store" && "$redraft" init >/dev/null
t=$(now_us)
# Each revision changes one paragraph of the essay: all blobs differ.
awk -v n="$revisions" 'BEGIN { RS = ""; ORS = "" } { p[NR] = $0 } END {
  for (r = 1; r <= n; ++r) {
    text = ""; for (i = 1; i <= NR; ++i) text = text (i == (r % NR) + 1 ? p[i] " Revision " r "." : p[i]) "\n\n"
    msg = "Revision " r
    printf "commit refs/heads/main\ncommitter Bench <bench@example.org> %d +0000\ndata %d\n%s\nM 100644 inline essay.txt\ndata %d\n%s\n", 1700000000 + r * 60, length(msg), msg, length(text), text
  } }' "$essay" | LC_ALL=C git --git-dir=.redraft fast-import --quiet
git --git-dir=.redraft tag middle "main~$((revisions / 2))"
echo "generated with git fast-import in $(( ($(now_us) - t) / 1000 )) ms"
echo
time_median() { # RUNS COMMAND...
  local n=$1; shift; local v=()
  for i in $(seq 1 "$n"); do t=$(now_us); "$@" >/dev/null; v+=($(( $(now_us) - t ))); done
  printf '%s\n' "${v[@]}" | median
}
# Wall time and CPU time (user + system) of one run, in ms, into $WALL and $CPU_MS.
time_once() {
  cpu_now; local c=$CPU t; t=$(now_us); "$@" >/dev/null
  WALL=$(( ($(now_us) - t) / 1000 )); cpu_now; CPU_MS=$(( (CPU - c) / 1000 ))
}
# Dropping the page cache needs root; without it the "cold disk" column is empty.
drop_page_cache() { sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }
echo "| command | cold disk: page cache dropped, no caches, ms (CPU) | cold: no caches, ms (CPU) | warm: median of 3, ms |"
echo "|---|---|---|---|"
# Cold: the first run after removing redraft's caches (.redraft/cache: paragraph counts and
# revision numbers by content and commit id); cold disk: the same after dropping the kernel's
# page cache too (as after a reboot); warm: later runs.
for cmd in "log" "log --format json" "show -1" "show -3" "show 1" "show middle" "show HEAD~100"; do
  disk=""
  if [ "${cmd%% *}" = log ] && rm -rf .redraft/cache && drop_page_cache; then
    # shellcheck disable=SC2086
    time_once "$redraft" $cmd; disk="$WALL ($CPU_MS)"
  fi
  rm -rf .redraft/cache
  # shellcheck disable=SC2086
  time_once "$redraft" $cmd; cold="$WALL ($CPU_MS)"
  # shellcheck disable=SC2086
  warm=$(time_median 3 "$redraft" $cmd)
  printf '| redraft %s | %s | %s | %.0f |\n' "$cmd" "$disk" "$cold" "$(echo "$warm / 1000" | bc -l)"
done
printf '| redraft label -2 NAME | | | %.0f |\n' "$(echo "$(time_median 1 "$redraft" label -2 bench-label) / 1000" | bc -l)"
printf '| git log --oneline (for scale) | | | %.0f |\n' "$(echo "$(time_median 3 git --git-dir=.redraft log --oneline) / 1000" | bc -l)"
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
