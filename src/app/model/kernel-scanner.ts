// The SIMD kernel's text scanner (scan-kernel.wat): a shard's titles and bodies copied
// into WebAssembly memory and counted there, five times faster than indexOf on Chinese
// text; where WebAssembly or its SIMD cannot run, the string scanner counts the same.
import { countUpTo, type SearchIndex } from '../../shared/search/search';
import type { TextSources } from '../../shared/search/search-part';
import { stringOfUnits } from '../../shared/search/search-file';
import { stringScanner, type TextScanner } from '../../shared/search/text-scanner';
import { SCAN_KERNEL_BASE64 } from './scan-kernel-bytes';

type CountKernel = (at: number, end: number, needle: number, units: number, limit: number) => number;

/** Needles up to this many UTF-16 units are counted by the kernel; longer ones (rare) by indexOf. */
const NEEDLE_UNITS = 1024;
/** Room after the texts: the kernel's last step reads up to 16 bytes past a text's end. */
const TAIL_BYTES = 16;
const PAGE = 65536;
/** The kernel compares byte addresses as signed 32-bit numbers: at most 2 GiB. */
const MAX_PAGES = 32768;
const NO_LIMIT = 0x7fffffff;

let compiled: WebAssembly.Module | null | undefined;

/** The kernel's module, compiled once; null where WebAssembly or its SIMD is missing or a policy forbids compiling. */
function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = Uint8Array.from(atob(SCAN_KERNEL_BASE64), (c) => c.charCodeAt(0));
    compiled = typeof WebAssembly !== 'undefined' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

/** Where each text starts in memory (UTF-16 units): document i's title at 2i, its body at 2i + 1, ends at the next. */
function layoutOf(base: SearchIndex): Uint32Array {
  const starts = new Uint32Array(2 * base.ids.length + 1);
  let at = NEEDLE_UNITS;
  for (let i = 0; i < base.ids.length; i++) {
    starts[2 * i] = at;
    at += base.titles[i]!.length;
    starts[2 * i + 1] = at;
    at += base.bodies[i]!.length;
  }
  starts[2 * base.ids.length] = at;
  return starts;
}

/**
 * Each document's title and body into the kernel's memory: a bulk copy from the search
 * file's units where the document came from one (no per-unit loop), else unit by unit
 * from its strings.
 */
function copyTexts(units: Uint16Array, base: SearchIndex, starts: Uint32Array, sources?: TextSources): void {
  for (let i = 0; i < base.ids.length; i++) {
    const from = sources?.parts[sources.partOf[i]!];
    if (from) {
      const k = 3 * sources!.localOf[i]!;
      const span = from.units.subarray(from.spans[k]!, from.spans[k + 2]!);
      if (span.length === starts[2 * i + 2]! - starts[2 * i]!) {
        units.set(span, starts[2 * i]!);
        continue;
      }
    }
    for (const [text, at] of [[base.titles[i]!, starts[2 * i]!], [base.bodies[i]!, starts[2 * i + 1]!]] as const) {
      for (let k = 0; k < text.length; k++) units[at + k] = text.charCodeAt(k);
    }
  }
}

/** The kernel over a copy of the texts (`sources`: where search files' units can be copied from), or the string scanner where the kernel cannot run (`useWasm` false: always). */
export function kernelScanner(base: SearchIndex, useWasm = true, sources?: TextSources): TextScanner {
  const module = useWasm ? kernelModule() : null;
  const starts = layoutOf(base);
  const pages = Math.ceil((starts[starts.length - 1]! * 2 + TAIL_BYTES) / PAGE);
  if (!module || pages > MAX_PAGES) return stringScanner(base);
  let memory: WebAssembly.Memory;
  let count: CountKernel;
  try {
    memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    count = new WebAssembly.Instance(module, { env: { memory } }).exports.count as CountKernel;
  } catch {
    // Memory refused (an engine's own limit): indexOf counts the same.
    return stringScanner(base);
  }
  const units = new Uint16Array(memory.buffer);
  copyTexts(units, base, starts, sources);
  let loaded = '';
  const place = (i: number, field: 'title' | 'body') => (field === 'title' ? 2 * i : 2 * i + 1);
  const text = (i: number, field: 'title' | 'body') => stringOfUnits(units.subarray(starts[place(i, field)]!, starts[place(i, field) + 1]!));
  return {
    kernel: 'wasm',
    bytes: memory.buffer.byteLength,
    count(i, field, needle, limit) {
      if (limit <= 0) return 0;
      if (needle.length === 0 || needle.length > NEEDLE_UNITS) return countUpTo(text(i, field), needle, limit);
      if (needle !== loaded) {
        for (let k = 0; k < needle.length; k++) units[k] = needle.charCodeAt(k);
        loaded = needle;
      }
      const at = place(i, field);
      return count(starts[at]! * 2, starts[at + 1]! * 2, 0, needle.length, limit === Infinity ? NO_LIMIT : limit);
    },
    text,
  };
}

/**
 * Frees the search forms of titles and bodies a kernel scanner has copied (the strings
 * would double the shard's text memory); from then on they are read through the scanner
 * alone. A string scanner reads the strings themselves, so they stay.
 */
export function releaseCopiedTexts(base: SearchIndex, scanner: TextScanner): void {
  if (scanner.kernel !== 'wasm') return;
  base.titles.length = 0;
  base.bodies.length = 0;
}
