// Share links (DESIGN.md contract 3): `#code=` + base64url without padding of the raw
// DEFLATE (RFC 1951) of the program's UTF-8 bytes; optional `&demo=NAME`, `&vt=1` (virtual
// time), `&run=1` (run on load). Compression is the browser's own CompressionStream.

/** A decoded link larger than this is refused: no real program is that long. */
const MAX_SOURCE_BYTES = 1 << 20;

/** A share link that cannot be read; its message is meant for the user. */
export class ShareLinkError extends Error {}

async function collect(stream, limit = Infinity) {
  const reader = stream.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

function toBase64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text) {
  // Unpadded base64 never leaves a single character in the last group of four.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The `code` parameter of a share link for `source`. */
export async function encodeSource(source) {
  const utf8 = new Blob([new TextEncoder().encode(source)]).stream();
  return toBase64url(await collect(utf8.pipeThrough(new CompressionStream('deflate-raw'))));
}

/** The program of a `code` parameter; throws ShareLinkError if it is damaged. */
export async function decodeSource(code) {
  const deflated = fromBase64url(code);
  if (!deflated) throw new ShareLinkError('its code is not base64url text');
  let utf8;
  try {
    utf8 = await collect(new Blob([deflated]).stream().pipeThrough(new DecompressionStream('deflate-raw')), MAX_SOURCE_BYTES);
  } catch {
    throw new ShareLinkError('its code is not valid compressed data (was the link cut short?)');
  }
  if (!utf8) throw new ShareLinkError(`its program is larger than ${MAX_SOURCE_BYTES >> 20} MiB`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(utf8);
  } catch {
    throw new ShareLinkError('its program is not UTF-8 text');
  }
}

/** A link to this page that restores `source`; options: demo, virtualTime, run. */
export async function makeShareLink(source, { demo, virtualTime, run } = {}) {
  let hash = `#code=${await encodeSource(source)}`;
  if (demo) hash += `&demo=${encodeURIComponent(demo)}`;
  if (virtualTime) hash += '&vt=1';
  if (run) hash += '&run=1';
  return location.href.split('#')[0] + hash;
}

/**
 * Reads a location hash: null when it holds no share link, else {source?, demo?,
 * virtualTime, run}. Throws ShareLinkError for a damaged link.
 */
export async function readShareLink(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('code') && !params.has('demo')) return null;
  const link = { virtualTime: params.get('vt') === '1', run: params.get('run') === '1' };
  if (params.has('demo')) link.demo = params.get('demo');
  if (params.has('code')) link.source = await decodeSource(params.get('code'));
  return link;
}
