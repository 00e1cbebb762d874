// Sets of article numbers as bitsets (one bit per article in 32-bit words): what the facet
// engine intersects and counts. Every bit operation of the engine lives here, once.

export const wordsFor = (size: number): number => (size + 31) >>> 5;

export const hasBit = (set: Uint32Array, i: number): boolean => (set[i >>> 5]! & (1 << (i & 31))) !== 0;

export function setBit(set: Uint32Array, i: number): void {
  set[i >>> 5]! |= 1 << (i & 31);
}

/** The set of the given numbers (those below `size`). */
export function bitsetOf(numbers: ArrayLike<number>, size: number): Uint32Array {
  const set = new Uint32Array(wordsFor(size));
  for (let k = 0; k < numbers.length; k++) if (numbers[k]! < size) setBit(set, numbers[k]!);
  return set;
}

/** Ones in a 32-bit word (SWAR: no table, no loop). */
function wordCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function popcount(a: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += wordCount(a[i]!);
  return n;
}

/** |a ∩ b| without building the intersection. */
export function andCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += wordCount(a[i]! & b[i]!);
  return n;
}

export function andInPlace(a: Uint32Array, b: Uint32Array): void {
  for (let i = 0; i < a.length; i++) a[i]! &= b[i]!;
}

/** a := a ∖ b. */
export function andNotInPlace(a: Uint32Array, b: Uint32Array): void {
  for (let i = 0; i < a.length; i++) a[i]! &= ~b[i]!;
}

export function orInPlace(a: Uint32Array, b: Uint32Array): void {
  for (let i = 0; i < a.length; i++) a[i]! |= b[i]!;
}

/** Calls `visit` with each member, ascending; skips empty words at a glance. */
export function forEachMember(set: Uint32Array, visit: (i: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let bits = set[w]!;
    while (bits) {
      const low = bits & -bits;
      visit((w << 5) + 31 - Math.clz32(low));
      bits ^= low;
    }
  }
}
