// The output terminal: xterm.js, sized to its pane. stdout prints as is, stderr in red,
// the page's own remarks dim. Colours come from the CSS custom properties of style.css,
// so the terminal follows the light/dark scheme with the rest of the page.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';
const HIDE_CURSOR = '\x1b[?25l';

function themeFromCss() {
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  return {
    background: v('--term-bg'),
    foreground: v('--term-fg'),
    cursor: v('--term-fg'),
    selectionBackground: v('--selection'),
    red: v('--term-red'),
    brightRed: v('--term-red'),
  };
}

export function createTerminal(host) {
  const css = getComputedStyle(document.documentElement);
  const term = new Terminal({
    convertEol: true, // programs print '\n'; the terminal needs '\r\n'
    disableStdin: true, // output only until the engine reads stdin
    cursorInactiveStyle: 'none',
    fontFamily: css.getPropertyValue('--mono').trim(),
    fontSize: 14,
    lineHeight: 1.2,
    scrollback: 10000,
    theme: themeFromCss(),
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  term.write(HIDE_CURSOR);
  // Refit after layout settles; doing it inside the observer callback can re-trigger it.
  let fitQueued = false;
  new ResizeObserver(() => {
    if (fitQueued) return;
    fitQueued = true;
    requestAnimationFrame(() => {
      fitQueued = false;
      if (host.clientWidth > 0 && host.clientHeight > 0) fit.fit();
    });
  }).observe(host);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    term.options.theme = themeFromCss();
  });

  let atLineStart = true; // so the page's remarks never continue a program's partial line
  // Remarks wrap at spaces; the terminal itself would cut words at the last column.
  const wrap = (text) =>
    text
      .split('\n')
      .map((line) => {
        const rows = [''];
        for (const word of line.split(' ')) {
          const row = rows[rows.length - 1];
          if (row && row.length + 1 + word.length > term.cols) rows.push(word);
          else rows[rows.length - 1] = row ? `${row} ${word}` : word;
        }
        return rows.join('\n');
      })
      .join('\n');
  const remark = (colour, text) => {
    term.write((atLineStart ? '' : '\n') + colour + wrap(text) + RESET + '\n');
    atLineStart = true;
  };

  return {
    /** Program output: stream 1 = stdout, 2 = stderr. */
    write(stream, text) {
      if (!text) return;
      term.write(stream === 2 ? RED + text + RESET : text);
      atLineStart = text.endsWith('\n');
    },
    /** The page's own remarks (notes, exit status), dim and on their own line. */
    note(text) {
      remark(DIM, text);
    },
    /** Something went wrong on the page's side (a bad share link, an engine failure). */
    error(text) {
      remark(RED, text);
    },
    clear() {
      term.reset();
      term.write(HIDE_CURSOR);
      atLineStart = true;
    },
  };
}
