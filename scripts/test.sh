#!/usr/bin/env bash
# npm test — set up, build native + asan + wasm, run every suite, end with one summary line.
#
# Suites: native (GoogleTest + conformance via CTest), asan (the same under ASan+UBSan),
# wasm (GoogleTest + conformance under node), page (vite build, then the browser tests in
# headless Chromium). AIOPLAY_SUITES="native wasm" runs a subset. Logs: build/test-logs/.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser || exit 1
source scripts/env.sh

suites=${AIOPLAY_SUITES:-native asan wasm page}
jobs=${AIOPLAY_JOBS:-$(nproc)}
logs=build/test-logs
mkdir -p "$logs"
passed=0 failed=0 xfailed=0
report=()
start=$(date +%s)

note() { printf '\n== %s  [%ss]\n' "$*" "$(( $(date +%s) - start ))"; }
tally() {  # tally SUITE PASSED FAILED [XFAIL]
  passed=$((passed + $2)); failed=$((failed + $3)); xfailed=$((xfailed + ${4:-0}))
  report+=("$(printf '%-8s %5d passed, %d failed%s' "$1" "$2" "$3" "${4:+, $4 xfail}")")
}
build_failed() { tally "$1" 0 1; echo "!! $1: build failed (log: $logs/$1-build.log)"; tail -40 "$logs/$1-build.log"; }

# ctest_suite NAME PRESET: configure, build, run CTest (status 1: the build failed).
ctest_suite() {
  local name=$1 preset=$2 log="$logs/$1-ctest.log"
  note "$name: configure + build"
  if ! { cmake --preset "$preset" && cmake --build --preset "$preset" -j "$jobs"; } >"$logs/$name-build.log" 2>&1; then
    build_failed "$name"; return 1
  fi
  note "$name: ctest"
  ctest --preset "$preset" -j "$jobs" --timeout 300 2>&1 | tee "$log" | grep -E '(\*\*\*|Failed|tests passed|xfail)' | tail -60
  ctest_tally "$name" "$log"
}

# ctest_tally NAME LOG: counts from CTest's closing line.
ctest_tally() {
  local name=$1 log=$2 total fails xf
  total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -1)
  fails=$(sed -n 's/.* \([0-9]*\) tests failed out of.*/\1/p' "$log" | tail -1)
  # ctest hides a passing test's output, so XFAILs are counted from the list itself.
  xf=0
  if [ "$name" != realtime ] && grep -q '^ *[0-9]*/[0-9]* Test *#[0-9]*: conformance/' "$log" && [ -f tests/conformance/xfail.txt ]; then
    xf=$(grep -cvE '^\s*(#|$)' tests/conformance/xfail.txt || true)
  fi
  if [ -z "$total" ]; then tally "$name" 0 1; echo "!! $name: ctest did not finish"; return; fi
  tally "$name" $((total - fails)) "$fails" "$xf"
}

page_suite() {
  note "page: build (wasm engine + vite)"
  if ! bash scripts/build-page.sh >"$logs/page-build.log" 2>&1; then build_failed page; return; fi
  note "page: browser tests (headless Chromium)"
  local log="$logs/page-test.log"
  node --test --test-concurrency=1 tests/browser/ 2>&1 | tee "$log" | grep -vE '^\s*(duration_ms|\.\.\.|---|type:)' | tail -40
  local p f
  p=$(sed -n 's/^# pass \([0-9]*\)/\1/p' "$log" | tail -1); f=$(sed -n 's/^# fail \([0-9]*\)/\1/p' "$log" | tail -1)
  if [ -z "$p" ]; then tally page 0 1; echo "!! page: the browser tests did not finish"; return; fi
  tally page "$p" "$f"
}

# Real-time conformance programs (label `realtime`): the same stdout lines at the same
# moments as CPython, each within 0.1 s (check.py compare_timing). They gate like the rest.
# Timing needs a quiet machine: they run after the native suite, one at a time (-j1, and
# RUN_SERIAL), and check.py retries a real-time miss once (load only delays lines).
realtime_suite() {
  local log="$logs/native-realtime.log"
  note "native realtime programs (one at a time)"
  ctest --test-dir build/native -L realtime -j1 --timeout 120 --output-on-failure 2>&1 | tee "$log" |
    grep -E '(\*\*\*|\[real-time\]|tests passed)' | tail -40
  ctest_tally realtime "$log"
}

for s in $suites; do
  case "$s" in
    native) ctest_suite native native && realtime_suite ;;
    asan|wasm) ctest_suite "$s" "$s" ;;
    page) page_suite ;;
    *) echo "unknown suite $s" >&2; exit 2 ;;
  esac
done

note "summary ($(( $(date +%s) - start )) s)"
printf '%s\n' "${report[@]}"
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
