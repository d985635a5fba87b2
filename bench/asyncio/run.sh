#!/bin/sh
# bench/asyncio/run.sh AIOPLAY — each program under python3 and under aioplay (virtual time),
# printing seconds and the ratio python3/aioplay (>= 1 means aioplay is faster).
set -eu
aioplay=${1:?usage: run.sh path/to/aioplay}
cd "$(dirname "$0")"
for p in gather_sleep0 create_await queue_pingpong random_sleeps; do
  c=$(python3 "$p.py" | awk '{print ($3 == "cpu") ? $4 : $2}')
  a=$("$aioplay" --virtual-time "$p.py" | awk '{print ($3 == "cpu") ? $4 : $2}')
  echo "$p python3=${c}s aioplay=${a}s ratio=$(python3 -c "print(f'{$c/$a:.2f}')")"
done
