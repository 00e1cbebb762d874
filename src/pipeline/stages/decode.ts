// Turns a page's bytes into text, detecting the encoding. Pages arrive as UTF-8
// (with or without BOM), UTF-16 with BOM, or GB18030/GBK from older Chinese sites.
export type Decoded =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: string };

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };

  let candidate: { text: string; encoding: string } | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    candidate = tryDecode(bytes.subarray(3), 'utf-8', 'utf-8-bom');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    candidate = tryDecode(bytes.subarray(2), 'utf-16le', 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    candidate = tryDecode(bytes.subarray(2), 'utf-16be', 'utf-16be');
  } else if (looksBinary(bytes)) {
    return { ok: false, reason: 'binary content (NUL or control bytes), not a text page' };
  } else {
    candidate = tryDecode(bytes, 'utf-8', 'utf-8') ?? tryDecode(bytes, 'gb18030', 'gb18030');
  }
  if (!candidate) {
    // A scraped page with a few stray bytes is still a page: keep it, say what was replaced.
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > 0 && bad / text.length < 0.01 && text.trim() !== '') {
      return { ok: true, text: text.replace(/\uFFFD/g, ''), encoding: 'utf-8', warning: `${bad} invalid byte sequence(s) dropped (mixed encodings)` };
    }
    return { ok: false, reason: 'undecodable: neither valid UTF-8 nor GB18030' };
  }
  if (candidate.text.trim() === '') return { ok: false, reason: 'empty file (whitespace only)' };
  if (controlRatio(candidate.text) > 0.05) {
    return { ok: false, reason: `binary content (${candidate.encoding} decodes to control characters)` };
  }
  return { ok: true, ...candidate };
}

function tryDecode(bytes: Uint8Array, label: string, name: string): { text: string; encoding: string } | null {
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: name };
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let suspicious = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) suspicious++;
  }
  return suspicious / n > 0.05;
}

function controlRatio(text: string): number {
  const length = Math.min(text.length, 8192);
  let bad = 0;
  // Unit by unit: a surrogate (paired or not) is neither a control character nor U+FFFD, so this counts what a walk by code point counts.
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
  }
  return length === 0 ? 0 : bad / length;
}
