// The page: wires the editor, the terminal, the engine and share links together, and
// exposes window.aioplay (DESIGN.md contract 2) for tests and embedding.
import './style.css';
import { createEditor } from './editor.js';
import { Engine, FEATURE_PYTHON, RUN_VIRTUAL_TIME } from './engine.js';
import { makeShareLink, readShareLink, ShareLinkError } from './share.js';
import { createTerminal } from './terminal.js';

const NO_PYTHON_NOTE =
  'The Python interpreter is not built into this engine yet: running the built-in C++ hello demo instead.';

const $ = (id) => document.getElementById(id);
const ui = { run: $('run'), stop: $('stop'), share: $('share'), vt: $('vt'), status: $('status') };
const terminal = createTerminal($('terminal'));
const editor = createEditor($('editor'), { onRun: () => runFromUi() });
const engine = new Engine();

function setStatus(state, text) {
  ui.status.dataset.state = state;
  ui.status.textContent = text;
  ui.stop.disabled = state !== 'running';
}

setStatus('loading', 'loading engine…');
engine.ready.then(
  () => ui.status.dataset.state === 'loading' && setStatus('ready', 'ready'),
  (error) => {
    setStatus('failed', 'engine failed');
    terminal.error(error.message);
  },
);

let latestRun = 0;

/**
 * Runs `source` (default: the editor's text) and shows its output in the terminal.
 * Resolves with {stdout, stderr, exitCode, elapsedMs}; plus {stopped: true} (exitCode
 * null) when stopped, and {ranDemo, note} when the engine cannot run Python yet and the
 * built-in C++ hello demo ran instead. A run started while another runs stops that one.
 */
async function run(source, { virtualTime = ui.vt.checked, stdin = '' } = {}) {
  source ??= editor.text();
  engine.stop();
  const id = ++latestRun;
  const isLatest = () => id === latestRun;
  terminal.clear();
  setStatus('running', 'running…');
  const out = { stdout: '', stderr: '' };
  const onOutput = (stream, text) => {
    terminal.write(stream, text);
    out[stream === 2 ? 'stderr' : 'stdout'] += text;
  };
  let result;
  let ranDemo = false;
  try {
    result = await engine.run((features) => {
      if (features & FEATURE_PYTHON) return { type: 'run', source, stdin, flags: virtualTime ? RUN_VIRTUAL_TIME : 0 };
      ranDemo = true;
      terminal.note(NO_PYTHON_NOTE);
      return { type: 'demo', name: 'hello' };
    }, onOutput);
    if (ranDemo) Object.assign(result, { ranDemo: 'hello', note: NO_PYTHON_NOTE });
  } catch (error) {
    if (isLatest()) {
      terminal.error(error.message);
      if (engine.loadError) setStatus('failed', 'engine failed');
      else setStatus('error', 'error');
    }
    throw error;
  }
  if (isLatest()) {
    const seconds = `${(result.elapsedMs / 1000).toFixed(2)} s`;
    terminal.note(result.stopped ? `Stopped after ${seconds}.` : `Exit status ${result.exitCode} · ${seconds}`);
    setStatus('ready', 'ready');
  }
  return { ...out, ...result };
}

function runFromUi() {
  run().catch(() => {}); // the terminal already shows what went wrong
}

async function share() {
  const link = await makeShareLink(editor.text(), { virtualTime: ui.vt.checked });
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    ui.share.textContent = 'Link copied';
    setTimeout(() => (ui.share.textContent = 'Share'), 1500);
  } catch {
    terminal.note(`Share link (the clipboard is not available; copy it from here or the address bar):\n${link}`);
  }
}

async function openShareLink() {
  let link;
  try {
    link = await readShareLink(location.hash);
  } catch (error) {
    if (!(error instanceof ShareLinkError)) throw error;
    terminal.error(`This share link cannot be opened: ${error.message}. The editor keeps its program.`);
    return;
  }
  if (!link) return;
  if (link.source === undefined) {
    terminal.error(`This link names the demo "${link.demo}", but the page has no demo gallery yet.`);
    return;
  }
  editor.setText(link.source);
  ui.vt.checked = link.virtualTime;
  if (link.run) runFromUi();
}

ui.run.addEventListener('click', runFromUi);
ui.stop.addEventListener('click', () => engine.stop());
ui.share.addEventListener('click', () => share().catch((error) => terminal.error(`Share failed: ${error.message}`)));
addEventListener('hashchange', () => openShareLink());
openShareLink();

window.aioplay = {
  ready: engine.ready,
  run,
  stop: () => engine.stop(),
  source: () => editor.text(),
};
