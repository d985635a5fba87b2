#!/usr/bin/env bash
# setup.sh [--browser] — installs what aioplay needs to build and test, and nothing twice.
#
# Tools: a C++20 compiler, cmake, ninja, python3 (3.11 records the conformance outputs),
# GoogleTest (+ its sources, built with emcc for the wasm tests), Google Benchmark,
# Emscripten >= 3.1.6 (any emcc already on PATH is used as is), and with --browser
# Chromium for the browser tests. Node packages come from package-lock.json (npm ci).
# On Debian/Ubuntu missing packages are installed with apt-get (as root, or with sudo);
# elsewhere the script says exactly what to install. A second run does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()   # Debian package names
need() {     # need PACKAGE TEST...: PACKAGE is missing unless the test succeeds
  local pkg=$1; shift
  "$@" >/dev/null 2>&1 || missing+=("$pkg")
}
have() { command -v "$1"; }

need g++ have g++
need cmake have cmake
need ninja-build have ninja
need python3 have python3
need libgtest-dev test -f /usr/include/gtest/gtest.h
need googletest test -f /usr/src/googletest/googletest/CMakeLists.txt
need libbenchmark-dev test -f /usr/include/benchmark/benchmark.h
need emscripten have emcc
if [ $want_browser = 1 ]; then
  need chromium test -n "$AIOPLAY_CHROMIUM"
  # CJK glyphs for the tutorial's Chinese text in screenshots (else they render as boxes).
  need fonts-wqy-microhei test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
fi

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  if command -v apt-get >/dev/null && { [ -z "$sudo" ] || command -v sudo >/dev/null; }; then
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    source scripts/env.sh
  else
    echo "setup: please install: ${missing[*]}" >&2
    echo "  (Debian/Ubuntu package names; elsewhere: a C++20 compiler, CMake >= 3.20, Ninja," >&2
    echo "   GoogleTest with sources, Google Benchmark, Emscripten >= 3.1.6, Chromium)" >&2
    exit 1
  fi
fi

# emcc must be 3.1.6 or newer (the oldest version the build is verified with).
emver=$(emcc --version 2>/dev/null | sed -n '1s/.* \([0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*\).*/\1/p')
if [ -z "$emver" ] || [ "$(printf '%s\n3.1.6\n' "$emver" | sort -V | head -1)" != 3.1.6 ]; then
  echo "setup: emcc ${emver:-?} is older than 3.1.6; install a newer Emscripten" >&2
  exit 1
fi

# Node packages: npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
