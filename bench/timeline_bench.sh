#!/usr/bin/env bash
# Timeline benchmark (docs/benchmarks.md, "Timeline"): `redraft timeline` over a generated
# history of REVISIONS revisions of a 50 KB essay, cold (no cache) and warm (every analysis
# cached under .redraft/cache), in one run. Targets: cold <= 10 s, warm <= 1 s, warm >= 10x faster.
# Usage: bench/timeline_bench.sh [REDRAFT] [REVISIONS] [RUNS]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
redraft=$(realpath "${1:-$root/build/redraft}")
revisions=${2:-1000}
runs=${3:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/redraft-timeline-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 HOME="$work"
now_us() { echo $(( $(date +%s%N) / 1000 )); }
# Wall time of one run of the command, in microseconds, by bash's own clock around the fork and
# the wait: timing with `date` before and after costs two more processes, about 10 ms here, which
# is a fifth of a warm run.
wall_us() {
  local TIMEFORMAT=%R seconds
  seconds=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
  awk -v s="$seconds" 'BEGIN { printf "%d\n", s * 1000000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cd "$work" && "$redraft" init >/dev/null
cp "$root/fixtures/rutte/redraft.toml" "$root/fixtures/rutte/russia_stance.tsv" .
# A 50 KB essay: the paragraphs of the seed essay's revisions r1, r3 and r6, each copy numbered
# so that no two paragraphs are equal. Revision r edits one paragraph (a hedged or boosted
# sentence about Rutte appended), so that every blob differs and the assessment moves.
cat "$root/fixtures/rutte/r1.txt" "$root/fixtures/rutte/r3.txt" "$root/fixtures/rutte/r6.txt" > base.txt
t=$(now_us)
awk -v n="$revisions" -v target=$((50 * 1024)) 'BEGIN { RS = ""; ORS = "" } { p[NR] = $0 } END {
  size = 0; count = 0
  for (i = 1; i <= NR && size < target; ++i) { q[++count] = p[i] " [" i "]"; b[count] = q[count]; size += length(q[count]) + 2 }
  split("reportedly cautious|clearly firm|perhaps accommodating|consistently pragmatic", extra, "|")
  for (r = 1; r <= n; ++r) {
    k = (r * 7) % count + 1
    q[k] = b[k] " Rutte was " extra[r % 4 + 1] " in round " r "."
    text = ""; for (i = 1; i <= count; ++i) text = text q[i] "\n\n"
    msg = "Revision " r
    printf "commit refs/heads/main\ncommitter Bench <bench@example.org> %d +0000\ndata %d\n%s\nM 100644 inline essay.txt\ndata %d\n%s\n", 1700000000 + r * 3600, length(msg), msg, length(text), text
  } }' base.txt | LC_ALL=C git --git-dir=.redraft fast-import --quiet
echo "machine: $(nproc) cores, $(uname -sr); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "generated $revisions revisions of a $(git --git-dir=.redraft cat-file -s main:essay.txt)-byte essay with git fast-import in $(( ($(now_us) - t) / 1000 )) ms"

# CPU time (user + system, microseconds) used so far by this shell's finished children, into
# $CPU: under load from other processes, wall time says more about the machine than about
# redraft. (`times` must run in this shell, not in a subshell.)
cpu_now() {
  times > "$work/times"
  CPU=$(awk 'function us(t,  m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return int((m * 60 + t) * 1000000) }
    NR == 2 { print us($1) + us($2) }' "$work/times")
}
cold=() warm=() cold_cpu=() warm_cpu=()
for i in $(seq 1 "$runs"); do
  rm -rf .redraft/cache
  cpu_now; c=$CPU; cold+=($(wall_us "$redraft" timeline))
  cpu_now; cold_cpu+=($(( CPU - c ))); c=$CPU
  warm+=($(wall_us "$redraft" timeline))
  cpu_now; warm_cpu+=($(( CPU - c )))
done
cm=$(printf '%s\n' "${cold[@]}" | median); wm=$(printf '%s\n' "${warm[@]}" | median)
ccm=$(printf '%s\n' "${cold_cpu[@]}" | median); wcm=$(printf '%s\n' "${warm_cpu[@]}" | median)
echo
echo "| run | median wall s (of $runs) | median CPU s (user + system) |"
echo "|---|---|---|"
printf '| cold (no cache) | %.2f | %.2f |\n| warm (cached) | %.3f | %.3f |\n| cold / warm | %.1fx | %.1fx |\n' \
  "$(echo "$cm / 1000000" | bc -l)" "$(echo "$ccm / 1000000" | bc -l)" \
  "$(echo "$wm / 1000000" | bc -l)" "$(echo "$wcm / 1000000" | bc -l)" \
  "$(echo "$cm / $wm" | bc -l)" "$(echo "$ccm / $wcm" | bc -l)"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
