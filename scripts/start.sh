#!/usr/bin/env bash
# npm start — set up, build the wasm engine in Release, serve the page with Vite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target aioplay_wasm
exec npx vite --host "${HOST:-localhost}" "$@"
