// The bit operations under the facet engine, against plain sets of numbers: word 31's
// sign bit, empty sets, ranges. (The pool passes over arena slots: bit-arena.property.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { andCountIn, bitsetOf, forEachMember } from '../../../src/app/model/bitset';

const SIZE = 200;
const members = fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: SIZE - 1 }), fc.constantFrom(0, 31, 32, 63, 95, SIZE - 1)), { maxLength: 120 });
const listOf = (set: Int32Array) => {
  const out: number[] = [];
  forEachMember(set, (i) => out.push(i));
  return out;
};

describe('bitset', () => {
  it('counts an intersection without building it, within a word range', () => {
    fc.assert(fc.property(members, members, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (a, b, x, y) => {
      const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
      const inRange = (i: number) => i >>> 5 >= lo && i >>> 5 < hi;
      expect(andCountIn(bitsetOf(a, SIZE), bitsetOf(b, SIZE), lo, hi)).toBe(a.filter((i) => b.includes(i) && inRange(i)).length);
    }));
  });

  it('keeps the sign bit of a word as a member', () => {
    const set = bitsetOf([31, 63], SIZE);
    expect(set[0]).toBe(-(2 ** 31));
    expect(listOf(set)).toEqual([31, 63]);
  });
});
