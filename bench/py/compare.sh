#!/bin/sh
# Times each bench/py program under aioplay and python3 in the same run and prints the
# ratio python3_time / aioplay_time (>= 1.0 means aioplay is at least as fast).
# usage: bench/py/compare.sh [path/to/aioplay]   (default build/native/aioplay)
# Each program runs 3 times per interpreter; the best (lowest) time counts. Outputs must match.
# Times are CPU seconds (user + sys of the child), not wall time: the machines this runs on
# are shared, and under load wall time mostly measures the other jobs. The first line is
# start-up alone (an empty program), which every other figure includes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
aioplay=${1:-$here/../../build/native/aioplay}
best() {  # best CPU time of 3 runs of "$@", in seconds
  python3 - "$@" <<'PY'
import os, subprocess, sys
best = None
for _ in range(3):
    before = os.times()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
    after = os.times()
    t = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    best = t if best is None else min(best, t)
print(f"{best:.3f}")
PY
}
ratio() { python3 -c "print(f'{$2 / max($1, 0.001):.2f}')"; }
printf '%-12s %9s %9s %7s\n' program aioplay python3 ratio
empty=$(mktemp --suffix=.py)
trap 'rm -f "$empty"' EXIT
ta=$(best "$aioplay" "$empty")
tp=$(best python3 "$empty")
printf '%-12s %8ss %8ss %7s\n' "(start-up)" "$ta" "$tp" "$(ratio "$ta" "$tp")"
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
  printf '%-12s %8ss %8ss %7s\n' "$name" "$ta" "$tp" "$(ratio "$ta" "$tp")"
done
