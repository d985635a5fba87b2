// The page: index.html + web/*.js, with the engine (build/wasm/aioplay.js + .wasm, made by
// `cmake --build --preset wasm`) imported by the Web Worker through the '@engine' alias.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// AIOPLAY_ENGINE_DIR points the page at another engine build (e.g. a debug one).
const engineDir = resolve(root, process.env.AIOPLAY_ENGINE_DIR ?? 'build/wasm');

export default defineConfig(() => {
  if (!existsSync(resolve(engineDir, 'aioplay.js'))) {
    throw new Error(
      `aioplay: the wasm engine is missing (${resolve(engineDir, 'aioplay.js')}).\n` +
        '  Build it first:  cmake --preset wasm && cmake --build build/wasm --target aioplay_wasm\n' +
        '  (or run `npm start`, which does this for you).',
    );
  }
  return {
    // Relative URLs everywhere, so dist/ works from any static host and any sub-path.
    base: './',
    resolve: { alias: { '@engine': engineDir } },
    // The dev server may serve the engine even when AIOPLAY_ENGINE_DIR is outside the project.
    server: { fs: { allow: [root, engineDir] } },
    // An ES module worker: it imports the engine, which is itself an ES module.
    worker: { format: 'es' },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      // The two big libraries get chunks of their own: they load in parallel with the
      // page's code and stay cached when only the page changes.
      rolldownOptions: {
        // The engine is also built for Node (its tests run there), so it contains
        // require('fs')/require('path') on a branch the browser never takes; Vite then
        // warns that it stubbed them. Only that warning, for that file, is dropped.
        onLog(level, log, handler) {
          const fromEngine = log.message?.includes(`imported by "${resolve(engineDir, 'aioplay.js')}"`);
          if (level === 'warn' && fromEngine && /Module "(fs|path)" has been externalized/.test(log.message)) return;
          handler(level, log);
        },
        output: {
          codeSplitting: {
            groups: [
              { name: 'xterm', test: /node_modules[\\/]@xterm[\\/]/ },
              { name: 'codemirror', test: /node_modules[\\/](@codemirror|@lezer|codemirror|style-mod|crelt|w3c-keyname|@marijn)[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
