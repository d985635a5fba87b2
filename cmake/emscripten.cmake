# Toolchain file for the `wasm` preset: finds the Emscripten that `emcc` on PATH belongs
# to (Debian's /usr/share/emscripten, or an emsdk checkout) and uses its own toolchain.
find_program(AIOPLAY_EMCC emcc)
if(NOT AIOPLAY_EMCC)
  message(FATAL_ERROR "emcc not found on PATH: run scripts/setup.sh (or `npm start`) first")
endif()
get_filename_component(_aioplay_emroot "${AIOPLAY_EMCC}" REALPATH)
get_filename_component(_aioplay_emroot "${_aioplay_emroot}" DIRECTORY)
include("${_aioplay_emroot}/cmake/Modules/Platform/Emscripten.cmake")
