// The bitsets the facet counts read, side by side in one buffer, so one call counts a
// pool against all of a facet's values. The buffer is WebAssembly memory when the
// browser runs WebAssembly (the counting kernel, bit-kernel.wat, is ten times faster
// than the JavaScript loop here), a plain buffer otherwise; both count the same.
import { BIT_KERNEL_BASE64 } from './bit-kernel-bytes';
import { andCountIn, type Bitset } from './bitset';

export interface BitArena {
  /** 'wasm' or 'js': which loop counts (the benchmark reports it). */
  readonly kernel: 'wasm' | 'js';
  /** Slot k's bitset (`words` long; it stays valid: the buffer never grows). */
  set(k: number): Bitset;
  /** counts[j] := |pool ∩ slot (first + j)| over the words [lo, hi), j < n; outside them the pool is empty. */
  countEach(pool: number, first: number, n: number, lo: number, hi: number): Uint32Array;
}

/** Slots start 16 bytes aligned (the kernel reads two 64-bit words a step); the padding stays zero. */
const strideWords = (words: number): number => Math.ceil(words / 4) * 4;
const PAGE = 65536;
/** WebAssembly memory is at most 65,536 pages of 64 KiB; bigger arenas count in JavaScript. */
const MAX_PAGES = 65536;

type CountEach = (pool: number, first: number, stride: number, n: number, lo: number, hi: number, out: number) => void;

let compiled: WebAssembly.Module | null | undefined;

/** The kernel's module, compiled once; null where WebAssembly is missing or a policy forbids compiling it. */
function kernelModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = typeof WebAssembly === 'undefined' ? null : new WebAssembly.Module(Uint8Array.from(atob(BIT_KERNEL_BASE64), (c) => c.charCodeAt(0)));
  } catch {
    compiled = null;
  }
  return compiled;
}

/** An arena of `slots` bitsets of `words` words each, and room for `maxCounts` counts. */
export function bitArena(slots: number, words: number, maxCounts: number, useWasm = true): BitArena {
  const stride = strideWords(words);
  const countsAt = slots * stride * 4;
  const bytes = countsAt + Math.max(1, maxCounts) * 4;
  const module = useWasm ? kernelModule() : null;
  const pages = Math.ceil(bytes / PAGE);
  if (module && pages <= MAX_PAGES) {
    try {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      const instance = new WebAssembly.Instance(module, { env: { memory } });
      return wasmArena(memory.buffer, instance.exports.countEach as CountEach, words, stride, countsAt);
    } catch {
      // Memory refused (an engine's own limit): the same arena in JavaScript.
    }
  }
  return jsArena(new ArrayBuffer(bytes), words, stride);
}

function wasmArena(buffer: ArrayBuffer, countEach: CountEach, words: number, stride: number, countsAt: number): BitArena {
  const views = new Map<number, Bitset>();
  const up = (w: number) => Math.min(stride, Math.ceil(w / 4) * 4);
  return {
    kernel: 'wasm',
    set: (k) => viewOf(views, buffer, k, words, stride),
    countEach(pool, first, n, lo, hi) {
      const from = Math.floor(lo / 4) * 4 * 4;
      countEach(pool * stride * 4, first * stride * 4, stride * 4, n, from, up(hi) * 4, countsAt);
      return new Uint32Array(buffer, countsAt, n).slice();
    },
  };
}

function jsArena(buffer: ArrayBuffer, words: number, stride: number): BitArena {
  const views = new Map<number, Bitset>();
  const set = (k: number) => viewOf(views, buffer, k, words, stride);
  return {
    kernel: 'js',
    set,
    countEach(pool, first, n, lo, hi) {
      const counts = new Uint32Array(n);
      const p = set(pool);
      for (let j = 0; j < n; j++) counts[j] = andCountIn(p, set(first + j), lo, hi);
      return counts;
    },
  };
}

function viewOf(views: Map<number, Bitset>, buffer: ArrayBuffer, k: number, words: number, stride: number): Bitset {
  let view = views.get(k);
  if (!view) views.set(k, (view = new Int32Array(buffer, k * stride * 4, words)));
  return view;
}
