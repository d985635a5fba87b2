// The page's side of the engine: owns the Web Worker that runs the wasm, starts runs,
// and stops them. Stop is a hard stop for now: the worker is terminated and a fresh one
// takes its place (cooperative cancellation of the main task comes with the interpreter).

/** Bit of aioplay_features(): the engine runs Python programs (aioplay_run_program). */
export const FEATURE_PYTHON = 1;
/** Bit of aioplay_run_program's flags: virtual time. */
export const RUN_VIRTUAL_TIME = 1;

export class Engine {
  #worker = null;
  #run = null; // {id, onOutput, resolve, reject, started}
  #nextId = 1;

  /** Resolves when the current worker's engine can run; rejects if it cannot load. */
  ready = null;
  /** aioplay_features() of the loaded engine (0 until ready). */
  features = 0;
  /** Why the current worker's engine could not load, or null. */
  loadError = null;

  constructor() {
    this.#start();
  }

  /**
   * Runs what `choose(features)` returns once the engine is ready ({type: 'run', source,
   * stdin, flags} or {type: 'demo', name}): what can run depends on the engine. Output goes to
   * onOutput(stream, text) as it arrives (stream 1 = stdout, 2 = stderr). Resolves with
   * {exitCode, elapsedMs}, or {exitCode: null, elapsedMs, stopped: true} after stop().
   * One run at a time: callers stop the previous run first.
   */
  run(choose, onOutput) {
    if (this.#run) return Promise.reject(new Error('aioplay: the engine is already running a program'));
    return new Promise((resolve, reject) => {
      // Registered at once, so stop() works (and a second run is refused) even while the
      // worker is still loading; the request goes out when it is ready.
      const run = { id: this.#nextId++, onOutput, resolve, reject, started: performance.now() };
      this.#run = run;
      const worker = this.#worker;
      this.ready.then(
        () => {
          if (this.#run !== run) return;
          const request = choose(this.features);
          run.started = performance.now();
          worker.postMessage({ ...request, id: run.id });
        },
        (error) => this.#run === run && this.#finish(null, error),
      );
    });
  }

  /** Stops the running program, if any, by replacing the worker. */
  stop() {
    const run = this.#run;
    if (!run) return;
    this.#run = null;
    this.#worker.terminate();
    this.#start();
    run.resolve({ exitCode: null, elapsedMs: performance.now() - run.started, stopped: true });
  }

  #start() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.#worker = worker;
    this.features = 0;
    this.loadError = null;
    this.ready = new Promise((resolve, reject) => {
      // Events of a terminated worker may still be queued: only the current one speaks.
      worker.onerror = (event) => {
        event.preventDefault();
        if (worker !== this.#worker) return;
        const error = new Error(`aioplay: the engine worker failed: ${event.message || 'could not load'}`);
        reject(error);
        this.#finish(null, error);
      };
      worker.onmessage = ({ data }) => {
        if (worker !== this.#worker) return;
        if (data.type === 'ready') {
          this.features = data.features;
          resolve();
        } else if (data.type === 'failed') {
          reject(new Error(`aioplay: the engine failed to load: ${data.message}`));
        } else if (data.type === 'output') {
          for (const [stream, text] of data.chunks) this.#run?.onOutput(stream, text);
        } else if (data.type === 'done' && data.id === this.#run?.id) {
          this.#finish({ exitCode: data.exitCode, elapsedMs: data.elapsedMs });
        } else if (data.type === 'crashed' && data.id === this.#run?.id) {
          // The wasm instance is unusable after a trap: replace it before reporting.
          worker.terminate();
          this.#start();
          this.#finish(null, new Error(`aioplay: the engine crashed: ${data.message}`));
        }
      };
    });
    // Recorded here, which also keeps a load failure from being an unhandled rejection.
    this.ready.catch((error) => {
      if (worker === this.#worker) this.loadError = error;
    });
  }

  #finish(result, error) {
    const run = this.#run;
    if (!run) return;
    this.#run = null;
    if (error) run.reject(error);
    else run.resolve(result);
  }
}
