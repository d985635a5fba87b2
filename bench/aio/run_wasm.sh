#!/bin/sh
# Builds wasm_bench.cpp with em++ -O2 and runs it under node: ns/op of the aio
# micro-benchmarks in wasm, and the browser clock's drift.
#   ASYNCIFY=1     (default) every function that may reach a sleep is instrumented, which
#                  with indirect calls is nearly all of them, minus the page's removal list
#                  (cpp/wasm/asyncify-remove.txt): as in the page's engine.
#   ASYNCIFY=only  only the loop's idle path is instrumented (asyncify-only.txt: main ->
#                  Loop::run_forever -> Loop::run_once -> Clock::idle), as a C++ aio
#                  program needs it; the callbacks and tasks run_once runs (Loop::run_ready)
#                  are not. The drift lines check that sleeping still works, the last one
#                  through a loop on the browser clock (it aborts if the list misses a
#                  function of that path).
#   ASYNCIFY=0     no Asyncify (no drift lines: nothing can sleep).
# `run_wasm.sh OUT drift` runs the drift lines only.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/aio_wasm_bench}
mode=${ASYNCIFY:-1}
mkdir -p "$out"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
case $mode in
  # (its py:: lines name nothing here, and would each draw a warning)
  1) grep -v '^py::' "$root/cpp/wasm/asyncify-remove.txt" > "$out/asyncify-remove.txt"
     link="-sASYNCIFY=1 -sASYNCIFY_REMOVE=@$out/asyncify-remove.txt" drift=1 ;;
  only) link="-sASYNCIFY=1 -sASYNCIFY_ONLY=@$here/asyncify-only.txt" drift=1 ;;
  0) link="-sASYNCIFY=0" drift=0 ;;
  *) echo "ASYNCIFY must be 1, only or 0" >&2; exit 2 ;;
esac
em++ -std=c++20 -O2 -fno-exceptions -DAIO_BENCH_DRIFT=$drift -Wno-unknown-warning-option -I"$root/cpp" \
  "$here/wasm_bench.cpp" "$root"/cpp/aio/*.cpp $link -sALLOW_MEMORY_GROWTH=1 -o "$out/wasm_bench.js"
node --no-experimental-fetch "$out/wasm_bench.js" $2
