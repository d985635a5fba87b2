#!/usr/bin/env node
// aioplay-node — runs a Python program on the page's engine (build/wasm/aioplay.js +
// aioplay.wasm) under Node, with the command line of the native runner (DESIGN.md, contract 1):
//
//   node scripts/aioplay-node.mjs [--engine DIR] [--virtual-time]
//        [--stdin FILE] FILE.py [ARGS] | -c CODE [ARGS] | - [ARGS]
//
// stdout, stderr and the exit status are the program's, as `python3 FILE.py` gives them.
// Real time is the browser's clock: idle waits unwind through Asyncify into setTimeout.
// The program's stdin is read whole before it starts (--stdin FILE, else this process's
// stdin unless that is a terminal), as the page hands over its `stdin` option.
// --engine DIR: where aioplay.js/.wasm are (default: $AIOPLAY_WASM_DIR, else build/wasm).
// Run it with node's default machine stack (984 KB), about what a browser worker gets: the
// engine bounds its own use of it (cpp/py/frame.hpp, kMaxNativeDepth).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE =
  'usage: aioplay-node.mjs [--engine DIR] [--virtual-time] [--stdin FILE] FILE.py | -c CODE | - [ARGS]\n';

function fail(message, status = 2) {
  process.stderr.write(message);
  process.exit(status);
}

function parseArgs(argv) {
  const opts = { engine: process.env.AIOPLAY_WASM_DIR, virtualTime: false, stdin: null };
  let i = 0;
  for (; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--virtual-time') opts.virtualTime = true;
    else if (a === '--engine' || a === '--stdin') {
      if (i + 1 >= argv.length) fail(USAGE);
      opts[a.slice(2)] = argv[++i];
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else break;
  }
  if (i >= argv.length) fail(USAGE);
  const a = argv[i];
  if (a === '-c') {
    if (i + 1 >= argv.length) fail('Argument expected for the -c option\n');
    return { ...opts, source: argv[i + 1], filename: '<string>', args: ['-c', ...argv.slice(i + 2)] };
  }
  if (a === '-') return { ...opts, source: null, filename: '<stdin>', args: ['-', ...argv.slice(i + 1)] };
  let source;
  try {
    source = readFileSync(a, 'utf8');
  } catch (e) {
    fail(`aioplay: can't open file '${a}': [Errno 2] No such file or directory\n`);
  }
  return { ...opts, source, filename: a, args: argv.slice(i) };
}

/** Loads the Emscripten module from `dir`; output goes to `onOutput(stream, bytes)`. */
export async function loadEngine(dir, onOutput) {
  // The ES module build still reaches for CommonJS `require`/`__dirname` when it detects Node.
  globalThis.require ??= createRequire(import.meta.url);
  globalThis.__dirname ??= dir;
  const { default: createAioplay } = await import(pathToFileURL(resolve(dir, 'aioplay.js')).href);
  return createAioplay({
    wasmBinary: readFileSync(resolve(dir, 'aioplay.wasm')),
    onOutput,
    // Only Emscripten's own messages (an abort) and the C++ demos use stdio.
    print: (line) => onOutput(1, Buffer.from(line + '\n')),
    printErr: (line) => onOutput(2, Buffer.from(line + '\n')),
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const readStdin = () => (process.stdin.isTTY ? '' : readFileSync(0, 'utf8'));
  if (opts.source === null) opts.source = readStdin();
  const stdin = opts.stdin !== null ? readFileSync(opts.stdin, 'utf8') : opts.filename === '<stdin>' ? '' : readStdin();
  const dir = resolve(opts.engine ?? fileURLToPath(new URL('../build/wasm', import.meta.url)));
  // Writes to pipes and files are synchronous on Linux, so output keeps its order and is
  // complete when process.exit runs.
  const streams = { 1: process.stdout, 2: process.stderr };
  const Module = await loadEngine(dir, (stream, bytes) => streams[stream].write(bytes));
  let status;
  try {
    status = await Module.ccall(
      'aioplay_run_program',
      'number',
      ['string', 'string', 'string', 'string', 'number'],
      [opts.source, opts.filename, opts.args.join('\n'), stdin, opts.virtualTime ? 1 : 0],
      { async: true },
    );
  } catch (error) {
    // A trap (out-of-bounds access, stack exhaustion, abort): the engine's bug, not the program's.
    fail(`aioplay-node: the engine crashed: ${error?.stack ?? error}\n`, 70);
  }
  process.exit(status);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
