#!/bin/sh
# bench/asyncio/run.sh AIOPLAY [RUNS] — each program RUNS times (default 3) under python3 and
# under `aioplay --virtual-time`, alternating, in the same run. Prints the median CPU seconds
# (user+sys of the whole process, /usr/bin/time) of each and the ratio python3/aioplay
# (>= 1: aioplay is faster), then the load average. CPU time, not wall time: on a shared
# machine wall time mostly measures the other processes.
set -eu
aioplay=${1:?usage: run.sh path/to/aioplay [runs]}
runs=${2:-3}
case $aioplay in /*) ;; *) aioplay=$PWD/$aioplay ;; esac
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
median() { sort -n "$1" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for p in gather_sleep0 create_await queue_pingpong random_sleeps; do
  : >"$tmp/c"; : >"$tmp/a"
  for i in $(seq "$runs"); do
    cpu python3 "$p.py" >>"$tmp/c"
    cpu "$aioplay" --virtual-time "$p.py" >>"$tmp/a"
  done
  c=$(median "$tmp/c") a=$(median "$tmp/a")
  echo "$p python3=${c}s aioplay=${a}s ratio=$(awk "BEGIN {printf \"%.2f\", $c / $a}")"
done
uptime
