// Shared set-up of the browser tests: the built page (dist/) served by Vite's preview
// server under a sub-path, and Debian's Chromium driven by playwright-core.
// Environment: AIOPLAY_DIST (default dist/), AIOPLAY_CHROMIUM (default /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.AIOPLAY_DIST ?? `${ROOT}dist`;
const CHROMIUM = process.env.AIOPLAY_CHROMIUM ?? '/usr/bin/chromium';
// Served below a sub-path, so every test also proves the page's relative base works there.
const SUB_PATH = '/some/sub-path/';

/** Starts a static server for dist/ on a free port; returns {url, close}. */
export async function servePage() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error(`${DIST}/index.html is missing: build the page first (npx vite build)`);
  }
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: SUB_PATH,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address();
  return { url: `http://127.0.0.1:${port}${SUB_PATH}`, close: () => server.close() };
}

export function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set AIOPLAY_CHROMIUM)`);
  // launch() gives every browser a fresh temporary profile (user-data dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a new context (after `initScript`, if given, is installed in it) and
 * returns {page, context, problems}: problems collects
 * console errors (page and workers), uncaught exceptions, failed requests and HTTP errors.
 */
export async function openPage(browser, url, { permissions = [], initScript } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 } });
  if (permissions.length) await context.grantPermissions(permissions);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = [];
  const onConsole = (where) => (message) => {
    if (message.type() === 'error') problems.push(`console error (${where}): ${message.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('worker', (worker) => worker.on('console', onConsole('worker')));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, context, problems };
}

/** The text the terminal shows (xterm's DOM rows), lines joined by '\n', trailing spaces cut. */
export function terminalText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#terminal .xterm-rows > div')]
      .map((row) => row.textContent.replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n+$/, ''),
  );
}
