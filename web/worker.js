// The engine's home: a module Web Worker, so a running program never blocks the page.
// Protocol (page → worker): {type: 'run', id, source, stdin, flags} | {type: 'demo', id, name}.
// Worker → page: {type: 'ready', features} | {type: 'failed', message} once at start;
// {type: 'output', chunks: [[stream, text], ...]} while running (stream 1 = stdout, 2 = stderr);
// {type: 'done', id, exitCode, elapsedMs} | {type: 'crashed', id, message} at the end of a run.
import createAioplay from '@engine/aioplay.js';

// Output leaves the worker in batches: whatever was printed during one slice of wasm
// execution goes out when that slice yields (an Asyncify sleep or the end of the run,
// through the microtask below), and a long slice that never yields still sends a batch
// every FLUSH_MS, so the page shows output as it is produced, never only at the end.
const FLUSH_MS = 16;
let pending = [];
let pendingSince = 0;
let flushQueued = false;

function flush() {
  if (pending.length) postMessage({ type: 'output', chunks: pending });
  pending = [];
}

function emit(stream, text) {
  if (!text) return;
  const now = performance.now();
  if (!pending.length) pendingSince = now;
  const last = pending[pending.length - 1];
  if (last && last[0] === stream) last[1] += text;
  else pending.push([stream, text]);
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(() => {
      flushQueued = false;
      flush();
    });
  }
  if (now - pendingSince >= FLUSH_MS) flush();
}

// Programs write through Module.onOutput (bytes exactly as written, partial lines
// included); the C++ demos through stdio, which Emscripten hands over line by line.
// A streaming decoder per stream keeps a UTF-8 sequence split across writes intact.
const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
const engine = createAioplay({
  onOutput: (stream, bytes) => emit(stream, decoders[stream].decode(bytes, { stream: true })),
  print: (line) => emit(1, line + '\n'),
  printErr: (line) => emit(2, line + '\n'),
});

engine.then(
  async (Module) => {
    const features = await Module.ccall('aioplay_features', 'number', [], [], { async: true });
    postMessage({ type: 'ready', features });
  },
  (error) => postMessage({ type: 'failed', message: String(error?.message ?? error) }),
);

onmessage = async ({ data }) => {
  const Module = await engine;
  const started = performance.now();
  let exitCode;
  try {
    exitCode =
      data.type === 'demo'
        ? await Module.ccall('aioplay_demo', 'number', ['string'], [data.name], { async: true })
        : await Module.ccall(
            'aioplay_run_program',
            'number',
            ['string', 'string', 'string', 'string', 'number'],
            [data.source, 'main.py', 'main.py', data.stdin ?? '', data.flags],
            { async: true },
          );
  } catch (error) {
    // A trap (stack overflow, abort) leaves the wasm instance unusable; the page replaces us.
    flush();
    postMessage({ type: 'crashed', id: data.id, message: String(error?.message ?? error) });
    return;
  }
  flush();
  postMessage({ type: 'done', id: data.id, exitCode, elapsedMs: performance.now() - started });
};
