#!/usr/bin/env bash
# CPU time (user + sys) and wall time of git's word diff, `redraft diff --no-assessment --format
# json` and `redraft diff --format json` on the diff benchmark pairs, the three interleaved in
# one run so that they share the machine's load. Prints medians and the ratios of both targets:
# structure / git (issue 4: <= 1.5) and with assessment / structure (issue 5: <= 1.5). Then the
# same pairs committed to a store as r1 and r2: `redraft diff r1 r2` without the assessment, with
# it and no cache (`--no-cache`, every run cold), and with it and the store's cache of profile
# sums (warm: primed by one run before), interleaved likewise.
# Size "essay" is a pair of the bundled Rutte essay's revisions (fixtures/rutte/r4.txt and r5.txt,
# 19 KB each, the size DESIGN.md calls typical), where start-up and the lexicon weigh most.
# Usage: bench/diff_cpu.sh [RUNS] [sizes...]   (default: 9 runs, sizes essay 1m 10m)
# Environment: BUILD_DIR (default build/), CORPUS_DIR (default out/diff-corpus).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
corpus=${CORPUS_DIR:-$root/out/diff-corpus}
runs=${1:-9}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(essay 1m 10m)
all_sizes=("${sizes[@]}")
sizes=()
for size in "${all_sizes[@]}"; do
  [ "$size" != essay ] && sizes+=("$size")
done
# shellcheck source=bench/diff_corpus.sh
source "$root/bench/diff_corpus.sh"
sizes=("${all_sizes[@]}")
# Sets old and new to the files of the pair of size $1.
pair_of() {
  if [ "$1" = essay ]; then
    old=$root/fixtures/rutte/r4.txt new=$root/fixtures/rutte/r5.txt
  else
    old=$corpus/$1/old.txt new=$corpus/$1/new.txt
  fi
}

# Appends "cpu_ms wall_ms" of one run of the command to the file $1. With perf: CPU time is
# task-clock (every thread, user + sys, to the microsecond) and wall time perf's duration_time
# (the command's own, from its start to its exit: timing perf itself from the shell added ~7 ms
# of perf's start-up to every run, which hid a third of the 1 MB ratio). Else user + sys and
# elapsed time from /usr/bin/time (10 ms resolution).
if perf stat -x, -e task-clock,duration_time -o /dev/null true 2>/dev/null; then
  cpu_source="perf stat task-clock; wall: perf stat duration_time"
  measure() {
    local file=$1
    shift
    perf stat -x, -e task-clock,duration_time -o "$work/stat" "$@" >/dev/null 2>&1 || true
    awk -F, '$3 == "task-clock" {cpu = $1} $3 == "duration_time" {wall = $1 / 1e6}
      END {printf "%.1f %.1f\n", cpu, wall}' "$work/stat" >>"$file"
  }
else
  cpu_source="user + sys from /usr/bin/time, 10 ms resolution"
  measure() {
    local file=$1
    shift
    { /usr/bin/time -f '%U %S %e' "$@" 2>&1 >/dev/null || true; } | tail -n 1 |
      awk '{printf "%.1f %.1f\n", ($1 + $2) * 1000, $3 * 1000}' >>"$file"
  }
fi
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The median CPU and wall times of the runs recorded in $work/NAME.
cpu_of() { cut -d' ' -f1 "$work/$1" | median; }
wall_of() { cut -d' ' -f2 "$work/$1" | median; }

echo "machine: $(nproc) cores, $(uname -sr); $(date -u +%Y-%m-%dT%H:%MZ); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs interleaved runs; CPU time: $cpu_source"
echo
echo "| size | command | CPU ms | wall ms | CPU x git | CPU x structure | wall x structure |"
echo "|---|---|---:|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  pair_of "$size"
  : >"$work/git" ; : >"$work/structure" ; : >"$work/assessment"
  for _ in $(seq "$runs"); do
    measure "$work/git" git diff --no-index --word-diff=porcelain "$old" "$new"
    measure "$work/structure" "$build/redraft" diff --no-assessment --format json "$old" "$new"
    measure "$work/assessment" "$build/redraft" diff --format json "$old" "$new"
  done
  git_cpu=$(cpu_of git)
  structure_cpu=$(cpu_of structure)
  structure_wall=$(wall_of structure)
  for name in git structure assessment; do
    cpu=$(cpu_of "$name")
    wall=$(wall_of "$name")
    label=$name
    [ "$name" = git ] && label="git diff --no-index --word-diff=porcelain"
    [ "$name" = structure ] && label="redraft diff --no-assessment --format json"
    [ "$name" = assessment ] && label="redraft diff --format json"
    awk -v s="$size" -v l="$label" -v c="$cpu" -v w="$wall" -v g="$git_cpu" -v st="$structure_cpu" \
      -v sw="$structure_wall" \
      'BEGIN {printf "| %s | `%s` | %.1f | %.1f | %.2f | %.2f | %.2f |\n", s, l, c, w, c / g, c / st, w / sw}'
  done
done
echo
echo "Stored revisions (\`redraft diff ... r1 r2\` in a store holding the pair):"
echo
echo "| size | command | CPU ms | wall ms | CPU x structure | wall x structure |"
echo "|---|---|---:|---:|---:|---:|"
for size in "${sizes[@]}"; do
  store=$work/store-$size
  mkdir -p "$store"
  (
    cd "$store"
    "$build/redraft" init >/dev/null
    pair_of "$size"
    cp "$old" book.txt && "$build/redraft" commit book.txt -m old >/dev/null
    cp "$new" book.txt && "$build/redraft" commit book.txt -m new >/dev/null
    "$build/redraft" diff --format json r1 r2 >/dev/null || true # primes the cache
  )
  : >"$work/structure" ; : >"$work/cold" ; : >"$work/warm"
  for _ in $(seq "$runs"); do
    measure "$work/structure" "$build/redraft" diff --store "$store" --no-assessment --format json r1 r2
    measure "$work/cold" "$build/redraft" diff --store "$store" --no-cache --format json r1 r2
    measure "$work/warm" "$build/redraft" diff --store "$store" --format json r1 r2
  done
  structure_cpu=$(cpu_of structure)
  structure_wall=$(wall_of structure)
  for name in structure cold warm; do
    cpu=$(cpu_of "$name")
    wall=$(wall_of "$name")
    label="redraft diff --no-assessment --format json r1 r2"
    [ "$name" = cold ] && label="redraft diff --no-cache --format json r1 r2"
    [ "$name" = warm ] && label="redraft diff --format json r1 r2"
    note=""
    [ "$name" = warm ] && note=", cache primed"
    awk -v s="$size" -v l="$label" -v n="$note" -v c="$cpu" -v w="$wall" -v sc="$structure_cpu" \
      -v sw="$structure_wall" \
      'BEGIN {printf "| %s | `%s`%s | %.1f | %.1f | %.2f | %.2f |\n", s, l, n, c, w, c / sc, w / sw}'
  done
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
