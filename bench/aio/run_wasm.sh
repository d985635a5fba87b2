#!/bin/sh
# Builds wasm_bench.cpp with em++ -O2 and runs it under node: ns/op of the aio
# micro-benchmarks in wasm, and the browser clock's drift. Asyncify instruments every
# function by default, as in the page's engine; ASYNCIFY=0 builds without it (the drift
# lines then cannot run) to show what the instrumentation costs.
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/aio_wasm_bench}
mkdir -p "$out"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
em++ -std=c++20 -O2 -fno-exceptions -DAIO_BENCH_DRIFT=${ASYNCIFY:-1} -Wno-unknown-warning-option -I"$root/cpp" \
  "$here/wasm_bench.cpp" "$root"/cpp/aio/*.cpp -sASYNCIFY=${ASYNCIFY:-1} -sALLOW_MEMORY_GROWTH=1 \
  -o "$out/wasm_bench.js"
node --no-experimental-fetch "$out/wasm_bench.js"
