// `npm start` serves the page with Vite's dev server (unbundled modules, the engine
// straight from build/wasm): the same Hello/World run must work there too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createServer } from 'vite';
import { launchBrowser, openPage, ROOT, terminalText } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  await server.listen();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the dev server page runs the program', async () => {
  const { port } = server.httpServer.address();
  const { page, context, problems } = await openPage(browser, `http://127.0.0.1:${port}/`);
  try {
    const result = await page.evaluate(async () => {
      await window.aioplay.ready;
      return window.aioplay.run();
    });
    assert.equal(result.stdout, 'Hello\nWorld\n');
    assert.equal(result.exitCode, 0);
    await page.waitForFunction(() => document.querySelector('#terminal').textContent.includes('Exit status 0'));
    assert.match(await terminalText(page), /^Hello\nWorld$/m);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
