// The bitsets the facet engine reads and writes, side by side in one buffer, so one call
// counts a pool against all of a facet's values and a pool pass is one call. The buffer is WebAssembly memory when the
// browser runs WebAssembly (the counting kernel, bit-kernel.wat, is ten times faster
// than the JavaScript loop here), a plain buffer otherwise; both count the same.
import { BIT_KERNEL_BASE64 } from './bit-kernel-bytes';
import { andCountIn, andCountInto, andInto, andNotInto, forEachMember, orInto, type Bitset, type Extent } from './bitset';

export interface BitArena {
  /** 'wasm' or 'js': which loop counts (the benchmark reports it). */
  readonly kernel: 'wasm' | 'js';
  /** Slot k's bitset (`words` long; it stays valid: the buffer never grows). */
  set(k: number): Bitset;
  /** counts[j] := |pool ∩ slot (first + j)| over the words [lo, hi), j < n; outside them the pool is empty. */
  countEach(pool: number, first: number, n: number, lo: number, hi: number): Uint32Array;
  /** The slot's members within the words [lo, hi) (outside them it is empty), ascending: a view, valid until the next call. */
  members(slot: number, lo: number, hi: number): Uint32Array;
  /** Slot out := a ∩ b, a ∪ b, a ∖ b (out may be a or b). */
  and(out: number, a: number, b: number): void;
  or(out: number, a: number, b: number): void;
  andNot(out: number, a: number, b: number): void;
  /** Slot out := a ∩ b, its members counted and the words that can hold them bounded. */
  andCount(out: number, a: number, b: number): Extent;
}

/** Slot out := first ∩ every one of rest: k sources, k passes, the count fused into the last. */
export function intersectSlots(arena: BitArena, out: number, first: number, rest: readonly number[]): Extent {
  if (rest.length === 0) return arena.andCount(out, first, first);
  let from = first;
  for (let k = 0; k < rest.length - 1; k++) {
    arena.and(out, from, rest[k]!);
    from = out;
  }
  return arena.andCount(out, from, rest[rest.length - 1]!);
}

/** Slots start 16 bytes aligned (the kernel reads two 64-bit words a step); the padding stays zero. */
const strideWords = (words: number): number => Math.ceil(words / 4) * 4;
const PAGE = 65536;
/** WebAssembly memory is at most 65,536 pages of 64 KiB; bigger arenas count in JavaScript. */
const MAX_PAGES = 65536;

interface Kernel {
  countEach(pool: number, first: number, stride: number, n: number, lo: number, hi: number, out: number): void;
  andInto(out: number, a: number, b: number, bytes: number): void;
  orInto(out: number, a: number, b: number, bytes: number): void;
  andNotInto(out: number, a: number, b: number, bytes: number): void;
  andCountInto(out: number, a: number, b: number, bytes: number, res: number): void;
  membersOf(set: number, lo: number, hi: number, out: number): number;
}

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
  // The counts, then four words for a pass's extent, then room for every member of a set.
  const extentAt = countsAt + Math.max(1, maxCounts) * 4;
  const membersAt = extentAt + 16;
  const bytes = membersAt + words * 32 * 4;
  const module = useWasm ? kernelModule() : null;
  const pages = Math.ceil(bytes / PAGE);
  if (module && pages <= MAX_PAGES) {
    try {
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
      const instance = new WebAssembly.Instance(module, { env: { memory } });
      return wasmArena(memory.buffer, instance.exports as unknown as Kernel, words, stride, { countsAt, extentAt, membersAt });
    } catch {
      // Memory refused (an engine's own limit): the same arena in JavaScript.
    }
  }
  return jsArena(new ArrayBuffer(countsAt), words, stride);
}

/** Where the kernel writes its answers, in bytes. */
interface Outputs { countsAt: number; extentAt: number; membersAt: number }

function wasmArena(buffer: ArrayBuffer, kernel: Kernel, words: number, stride: number, { countsAt, extentAt, membersAt }: Outputs): BitArena {
  const views = new Map<number, Bitset>();
  const up = (w: number) => Math.min(stride, Math.ceil(w / 4) * 4);
  const at = (k: number) => k * stride * 4;
  const slotBytes = stride * 4;
  const extent = new Int32Array(buffer, extentAt, 3);
  return {
    kernel: 'wasm',
    set: (k) => viewOf(views, buffer, k, words, stride),
    countEach(pool, first, n, lo, hi) {
      const from = Math.floor(lo / 4) * 4 * 4;
      kernel.countEach(at(pool), at(first), slotBytes, n, from, up(hi) * 4, countsAt);
      return new Uint32Array(buffer, countsAt, n).slice();
    },
    members(slot, lo, hi) {
      // Whole 64-bit steps: the odd word at either end is the slot's own (or zero padding).
      const n = kernel.membersOf(at(slot), Math.floor(lo / 2) * 8, Math.min(stride, Math.ceil(hi / 2) * 2) * 4, membersAt);
      return new Uint32Array(buffer, membersAt, n);
    },
    and: (out, a, b) => kernel.andInto(at(out), at(a), at(b), slotBytes),
    or: (out, a, b) => kernel.orInto(at(out), at(a), at(b), slotBytes),
    andNot: (out, a, b) => kernel.andNotInto(at(out), at(a), at(b), slotBytes),
    andCount(out, a, b) {
      kernel.andCountInto(at(out), at(a), at(b), slotBytes, extentAt);
      // Bytes of 16-byte steps to words; past the last word is padding.
      const hi = Math.min(words, extent[2]! / 4);
      return { members: extent[0]!, lo: Math.min(extent[1]! / 4, hi), hi };
    },
  };
}

function jsArena(buffer: ArrayBuffer, words: number, stride: number): BitArena {
  const views = new Map<number, Bitset>();
  const set = (k: number) => viewOf(views, buffer, k, words, stride);
  const members = new Uint32Array(words * 32);
  return {
    kernel: 'js',
    set,
    countEach(pool, first, n, lo, hi) {
      const counts = new Uint32Array(n);
      const p = set(pool);
      for (let j = 0; j < n; j++) counts[j] = andCountIn(p, set(first + j), lo, hi);
      return counts;
    },
    members(slot, lo, hi) {
      let n = 0;
      forEachMember(set(slot), (i) => (members[n++] = i), lo, hi);
      return members.subarray(0, n);
    },
    and: (out, a, b) => andInto(set(out), set(a), set(b)),
    or: (out, a, b) => orInto(set(out), set(a), set(b)),
    andNot: (out, a, b) => andNotInto(set(out), set(a), set(b)),
    andCount: (out, a, b) => andCountInto(set(out), set(a), set(b)),
  };
}

function viewOf(views: Map<number, Bitset>, buffer: ArrayBuffer, k: number, words: number, stride: number): Bitset {
  let view = views.get(k);
  if (!view) views.set(k, (view = new Int32Array(buffer, k * stride * 4, words)));
  return view;
}
