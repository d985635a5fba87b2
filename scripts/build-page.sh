#!/usr/bin/env bash
# npm run build — the wasm engine in Release, then the static site in dist/ (Vite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target aioplay_wasm
npx vite build
