// The bit operations under the facet engine, against plain sets of numbers: word 31's
// sign bit, empty sets, ranges and any number of sources.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { andCountIn, bitsetOf, forEachMember, intersectInto, popcount, wordsFor } from '../../../src/app/model/bitset';

const SIZE = 200;
const members = fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: SIZE - 1 }), fc.constantFrom(0, 31, 32, 63, 95, SIZE - 1)), { maxLength: 120 });
const listOf = (set: Int32Array) => {
  const out: number[] = [];
  forEachMember(set, (i) => out.push(i));
  return out;
};

describe('bitset', () => {
  it('intersects any number of sources into a set with its members counted and its words bounded', () => {
    fc.assert(fc.property(members, fc.array(members, { maxLength: 6 }), (first, rest) => {
      const out = new Int32Array(wordsFor(SIZE));
      const extent = intersectInto(out, bitsetOf(first, SIZE), rest.map((r) => bitsetOf(r, SIZE)));
      const expected = first.filter((i) => rest.every((r) => r.includes(i))).sort((a, b) => a - b);
      expect(listOf(out)).toEqual(expected);
      expect(extent.members).toBe(expected.length);
      expect(popcount(out)).toBe(expected.length);
      if (expected.length === 0) expect(extent.hi - extent.lo).toBeLessThanOrEqual(0);
      else expect([extent.lo, extent.hi]).toEqual([expected[0]! >>> 5, (expected.at(-1)! >>> 5) + 1]);
      // Within its extent the set's members are all visited and counted.
      const visited: number[] = [];
      forEachMember(out, (i) => visited.push(i), extent.lo, extent.hi);
      expect(visited).toEqual(expected);
      expect(andCountIn(out, bitsetOf(first, SIZE), extent.lo, extent.hi)).toBe(expected.length);
    }));
  });

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
