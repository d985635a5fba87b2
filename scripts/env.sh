# Sourced by the scripts: the environment Debian's Emscripten needs, set once here so users
# never have to know about it.
# - emcc at -O2 loads the `acorn` module, which Debian ships in /usr/share/nodejs.
if [ -d /usr/share/nodejs ]; then
  case ":${NODE_PATH:-}:" in *:/usr/share/nodejs:*) ;; *) export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}" ;; esac
fi
# - The Chromium the browser tests drive (browsers cannot be downloaded here).
export AIOPLAY_CHROMIUM="${AIOPLAY_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
