// A filter for scanners that look for many names or terms at every position of a text:
// the first two UTF-16 units of each as a slot of a byte table, so a position that starts
// none is passed over with one typed-array read, no string and no set lookup.

/** Slots in a pair table: 2^20 bytes, not 2^32. Two pairs may share one; what is tried after decides. */
export const PAIR_SLOTS = 1 << 20;

/**
 * The two UTF-16 units at `at` as a slot of a pair table. Ten bits of each (Chinese
 * characters differ there); the two whole units as one number exceed V8's small integers,
 * so each lookup in a set of them allocated a number.
 */
export const pairSlot = (text: string, at: number): number => ((text.charCodeAt(at) & 0x3ff) << 10) | (text.charCodeAt(at + 1) & 0x3ff);

/**
 * The first position at or after `from` whose two units have their slot set in `slots`, or
 * -1. The scanners' inner loop: each unit read once and carried to the next pair (reading
 * both units at every position was 2.7× slower).
 */
export function nextPairAt(text: string, from: number, slots: Uint8Array): number {
  const last = text.length - 1;
  if (from >= last) return -1;
  let previous = text.charCodeAt(from) & 0x3ff;
  for (let i = from + 1; i <= last; i++) {
    const unit = text.charCodeAt(i) & 0x3ff;
    if (slots[(previous << 10) | unit] !== 0) return i - 1;
    previous = unit;
  }
  return -1;
}
