// The scanners' pair filter: nextPairAt finds the first position whose pair has its slot
// set, as testing pairSlot at each position in turn does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPairAt, PAIR_SLOTS, pairSlot } from '../../src/pipeline/unit-pairs';

function referenceNextPairAt(text: string, from: number, slots: Uint8Array): number {
  for (let at = from; at + 1 < text.length; at++) if (slots[pairSlot(text, at)] === 1) return at;
  return -1;
}

describe('nextPairAt', () => {
  it('finds the first position whose pair has a slot, from any start', () => {
    const units = fc.constantFrom('企', '业', '产', '芯', '片', 'a', '\n', '𠀀');
    fc.assert(fc.property(fc.array(units, { maxLength: 20 }).map((xs) => xs.join('')), fc.array(fc.tuple(units, units), { maxLength: 4 }), fc.nat(25), (text, pairs, from) => {
      const slots = new Uint8Array(PAIR_SLOTS);
      for (const [a, b] of pairs) slots[pairSlot(`${a}${b}`, 0)] = 1;
      expect(nextPairAt(text, from, slots)).toBe(referenceNextPairAt(text, from, slots));
    }), { numRuns: 3000 });
  });
});
