#!/usr/bin/env bash
# Load on one store: 8 writers commit and 8 readers run log, show, diff, report and timeline
# for LOAD_SECONDS (default 15; the documented run uses 60). Halfway through, one writer's
# commit is killed with SIGKILL. Then: no reader error, every commit that returned is in the
# log, `git fsck --strict` clean. Prints revisions/s and p50/p99 latencies per command.
# Usage: load.sh REDRAFT [SECONDS]. The work folder is kept on failure.
set -u
redraft=$1
seconds=${2:-${LOAD_SECONDS:-15}}
work=$(mktemp -d "${TMPDIR:-/tmp}/redraft-load-XXXXXX")
export GIT_CONFIG_NOSYSTEM=1 HOME="$work" GIT_AUTHOR_NAME="Load Test" GIT_AUTHOR_EMAIL="load@example.org"
export GIT_COMMITTER_NAME="Load Test" GIT_COMMITTER_EMAIL="load@example.org" NO_COLOR=1
cd "$work" || exit 2
fail() { echo "FAIL: $*"; echo "work folder kept at $work"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

"$redraft" init >/dev/null || fail "init"
# Two revisions of each document, so that readers' `show -1` (the one before the latest) exists.
for p in 1 2 3 4 5 6 7 8; do
  for seed in 1 2; do
    printf 'Writer %d seed %d. The essay argues a point.\n\nA second paragraph.\n' "$p" "$seed" > "doc$p.txt"
    "$redraft" commit "doc$p.txt" -m "seed $p.$seed" >/dev/null || fail "seed commit $p.$seed"
  done
done
end=$(( $(date +%s) + seconds ))

writer() { # p: commits doc$p.txt until the end; records returned ids and latencies
  local p=$1 i=0 rc t0
  while [ "$(date +%s)" -lt "$end" ]; do
    i=$((i + 1))
    printf 'Writer %d, revision %d. The essay argues a point.\n\nParagraph %d is new.\n' \
      "$p" "$i" "$i" > "doc$p.txt"
    t0=$(now_ms)
    "$redraft" commit "doc$p.txt" -m "writer $p revision $i" >"w$p.out" 2>"w$p.err" &
    echo $! > "w$p.pid"
    wait $! 2>/dev/null; rc=$?
    if [ $rc = 0 ]; then
      echo "commit $(( $(now_ms) - t0 ))" >> latencies
      sed -n 's/^recorded .* (\([0-9a-f]*\))$/\1/p' "w$p.out" >> returned
    elif [ $rc = 137 ]; then
      echo "$p $i" >> killed
    else
      echo "writer $p revision $i: $(cat "w$p.err")" >> errors
    fi
  done
}

reader() { # r: runs log, show, diff, report and timeline of doc$r.txt until the end
  local r=$1 t0 cmd
  while [ "$(date +%s)" -lt "$end" ]; do
    for cmd in log show diff report timeline; do
      t0=$(now_ms)
      # diff and report compare the first revision with the one before the latest, in the store
      # (exit 1: they differ); timeline reads the whole history.
      case $cmd in
        log) "$redraft" log "doc$r.txt" >/dev/null 2>"r$r.err" ;;
        show) "$redraft" show -1 "doc$r.txt" --raw >"r$r.old" 2>"r$r.err" ;;
        diff) { "$redraft" diff 1 -1 "doc$r.txt" >/dev/null 2>"r$r.err"; [ $? -le 1 ]; } ;;
        report) { "$redraft" report 1 -1 "doc$r.txt" --subject Writer >/dev/null 2>"r$r.err"
                  [ $? -le 1 ]; } ;;
        timeline) "$redraft" timeline "doc$r.txt" --subject Writer >/dev/null 2>"r$r.err" ;;
      esac || { echo "reader $r $cmd: $(cat "r$r.err")" >> errors; continue; }
      echo "$cmd $(( $(now_ms) - t0 ))" >> latencies
    done
  done
}

: > latencies; : > returned; : > errors
start=$(date +%s.%N)
for p in 1 2 3 4 5 6 7 8; do writer "$p" & done
for r in 1 2 3 4 5 6 7 8; do reader "$r" & done
# Halfway: kill writer 1's running commit, as a crash would (retried until one is caught
# mid-commit). A commit killed while holding the branch lock leaves it behind; the test removes
# it once it is 2 s old, as the error message tells a user to.
sleep $(( seconds / 2 ))
for attempt in $(seq 1 200); do
  [ -s killed ] && break
  kill -KILL "$(cat w1.pid)" 2>/dev/null
  sleep 0.05
done
for attempt in 1 2 3 4 5; do
  sleep 1
  lock=.redraft/refs/heads/main.lock
  if [ -e $lock ] && [ $(( $(date +%s) - $(stat -c %Y $lock 2>/dev/null || date +%s) )) -ge 2 ]; then
    rm -f $lock && echo "removed a stale $lock" >> stale
  fi
done
wait
elapsed=$(echo "$(date +%s.%N) - $start" | bc)

[ -s errors ] && { head -n 20 errors; fail "$(wc -l < errors) errors"; }
git --git-dir=.redraft fsck --strict --no-progress >fsck.out 2>&1 || { cat fsck.out; fail "fsck"; }
while read -r id; do
  git --git-dir=.redraft merge-base --is-ancestor "$id" main || fail "revision $id returned but is not in main"
done < returned
[ -s killed ] || fail "no commit was killed mid-way: the test proves nothing"
commits=$(wc -l < returned)
[ "$commits" -gt 0 ] || fail "no commit returned"
printf 'load: %d s, %d revisions (%.1f revisions/s), %s killed commit(s), %s stale lock(s) removed, fsck clean, no lost revision, no reader error\n' \
  "$seconds" "$commits" "$(echo "$commits / $elapsed" | bc -l)" "$(wc -l < killed)" "$(cat stale 2>/dev/null | wc -l)"
for cmd in commit log show diff report timeline; do
  grep "^$cmd " latencies | cut -d' ' -f2 | sort -n > "lat.$cmd"
  n=$(wc -l < "lat.$cmd")
  [ "$n" -gt 0 ] || continue
  printf '  %-8s n=%-5d p50 %4d ms  p99 %4d ms\n' "$cmd" "$n" \
    "$(sed -n "$(( (n + 1) / 2 ))p" "lat.$cmd")" "$(sed -n "$(( (n * 99 + 99) / 100 ))p" "lat.$cmd")"
done
cd / && rm -rf "$work"
echo "ok"
