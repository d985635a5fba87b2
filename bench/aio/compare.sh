#!/bin/sh
# compare.sh [-n RUNS] [-f FILTER] BENCH... — runs each aio_bench binary RUNS times
# (default 11), interleaved (a, b, a, b, ...), and prints for each benchmark and binary the
# median, quartiles and best of the CPU time per iteration. On this shared VM the host's
# speed drifts by tens of percent from minute to minute: only binaries timed in the same
# interleaved run can be compared, and the median says more than any single run.
#   bench/aio/compare.sh -f 'Resume|Spawn' /tmp/aio_bench.old build/native/bench/aio/aio_bench
set -e
runs=11 filter=.
while getopts n:f: o; do
  case $o in
    n) runs=$OPTARG ;;
    f) filter=$OPTARG ;;
    *) echo "usage: $0 [-n RUNS] [-f FILTER] BENCH..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "usage: $0 [-n RUNS] [-f FILTER] BENCH..." >&2; exit 2; }
i=0
while [ $i -lt "$runs" ]; do
  for b in "$@"; do
    "$b" --benchmark_filter="$filter" --benchmark_min_time=0.3 2>/dev/null |
      awk -v b="$b" '/^BM_/ { print b, $1, $4, $5 }'
  done
  i=$((i + 1))
done | python3 -c '
import collections, statistics, sys
runs = collections.defaultdict(list)
units = {}
for line in sys.stdin:
    binary, name, cpu, unit = line.split()
    runs[(name, binary)].append(float(cpu))
    units[name] = unit
for (name, binary), v in sorted(runs.items()):
    q = statistics.quantiles(v, n=4) if len(v) > 1 else [v[0]] * 3
    print(f"{name:42s} {binary:36s} median {statistics.median(v):9.2f} {units[name]}"
          f"  quartiles {q[0]:.2f}-{q[2]:.2f}  best {min(v):.2f}  ({len(v)} runs)")
'
