#!/bin/sh
# Times each bench/py program under aioplay and python3 in the same run and prints the
# ratio python3_time / aioplay_time (>= 1.0 means aioplay is at least as fast).
# usage: bench/py/compare.sh [path/to/aioplay]   (default build/native/aioplay)
# Each program runs 3 times per interpreter; the best (lowest) time counts. Outputs must match.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
aioplay=${1:-$here/../../build/native/aioplay}
best() {  # best wall time of 3 runs of "$@", in seconds
  python3 - "$@" <<'PY'
import subprocess, sys, time
best = None
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
    t = time.perf_counter() - t
    best = t if best is None else min(best, t)
print(f"{best:.3f}")
PY
}
printf '%-12s %9s %9s %7s\n' program aioplay python3 ratio
for prog in "$here"/*.py; do
  name=$(basename "$prog" .py)
  a_out=$("$aioplay" "$prog")
  p_out=$(python3 "$prog")
  if [ "$a_out" != "$p_out" ]; then
    echo "$name: output differs from python3" >&2
    exit 1
  fi
  ta=$(best "$aioplay" "$prog")
  tp=$(best python3 "$prog")
  ratio=$(python3 -c "print(f'{$tp / $ta:.2f}')")
  printf '%-12s %8ss %8ss %7s\n' "$name" "$ta" "$tp" "$ratio"
done
