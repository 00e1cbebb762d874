// The counting kernel (WebAssembly) and its JavaScript twin against a plain count of
// shared members: any set size (padding words), any extent, word 31's sign bit. The
// kernel's bytes are the compiled text form, kept up to date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKernel } from '../../../scripts/kernel-source';
import { bitArena, intersectSlots } from '../../../src/app/model/bit-arena';
import { BIT_KERNEL_BASE64 } from '../../../src/app/model/bit-kernel-bytes';
import { forEachMember, popcount, setBit, wordsFor } from '../../../src/app/model/bitset';

/** Shared members of two lists, the plain way. */
const shared = (a: readonly number[], b: readonly number[]): number => a.filter((i) => b.includes(i)).length;

const arenaCase = fc.integer({ min: 1, max: 300 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    pool: fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: size - 1 }), fc.constantFrom(0, Math.min(31, size - 1), size - 1)), { maxLength: size }),
    sets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: size }), { minLength: 1, maxLength: 6 }),
  }),
);

describe('bit arena', () => {
  it('counts a pool against each of a run of sets, in WebAssembly and in JavaScript, as a plain count does', () => {
    fc.assert(
      fc.property(arenaCase, ({ size, pool, sets }) => {
        const words = wordsFor(size);
        for (const wasm of [true, false]) {
          const arena = bitArena(sets.length + 1, words, sets.length, wasm);
          expect(arena.kernel).toBe(wasm ? 'wasm' : 'js');
          for (const i of pool) setBit(arena.set(0), i);
          sets.forEach((s, k) => s.forEach((i) => setBit(arena.set(k + 1), i)));
          // The pool's extent, as the facet engine passes it: outside it the pool is empty.
          const lo = pool.length ? Math.min(...pool) >>> 5 : 0;
          const hi = pool.length ? (Math.max(...pool) >>> 5) + 1 : 0;
          expect(Array.from(arena.countEach(0, 1, sets.length, lo, hi))).toEqual(sets.map((s) => shared(pool, s)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('intersects any number of slots, with the members counted and the words bounded, and unites and subtracts them, in both kernels', () => {
    const membersOf = (set: Int32Array, lo = 0, hi = set.length) => {
      const out: number[] = [];
      forEachMember(set, (i) => out.push(i), lo, hi);
      return out;
    };
    fc.assert(
      fc.property(arenaCase, ({ size, pool, sets }) => {
        const words = wordsFor(size);
        const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
        for (const wasm of [true, false]) {
          // Slot 0 the output, 1 the first source (the pool), then the rest; the last slot a scratch.
          const arena = bitArena(sets.length + 3, words, 1, wasm);
          for (const i of pool) setBit(arena.set(1), i);
          sets.forEach((s, k) => s.forEach((i) => setBit(arena.set(k + 2), i)));
          const rest = sets.map((_, k) => k + 2);
          const extent = intersectSlots(arena, 0, 1, rest);
          const expected = sorted(pool.filter((i) => sets.every((s) => s.includes(i))));
          expect(membersOf(arena.set(0))).toEqual(expected);
          expect([extent.members, popcount(arena.set(0))]).toEqual([expected.length, expected.length]);
          // The extent bounds the members within the set's words (the kernel's in steps of four words).
          expect(extent.lo).toBeGreaterThanOrEqual(0);
          expect(extent.hi).toBeLessThanOrEqual(words);
          expect(membersOf(arena.set(0), extent.lo, extent.hi)).toEqual(expected);
          if (!wasm && expected.length > 0) expect([extent.lo, extent.hi]).toEqual([expected[0]! >>> 5, (expected.at(-1)! >>> 5) + 1]);
          const scratch = sets.length + 2;
          arena.or(scratch, 1, 2);
          expect(membersOf(arena.set(scratch))).toEqual(sorted([...pool, ...sets[0]!]));
          arena.andNot(scratch, scratch, 2);
          expect(membersOf(arena.set(scratch))).toEqual(sorted(pool.filter((i) => !sets[0]!.includes(i))));
          // No source is touched.
          expect(membersOf(arena.set(1))).toEqual(sorted(pool));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps each slot its own: writing one set leaves its neighbours and their padding empty', () => {
    const arena = bitArena(3, wordsFor(33), 2);
    for (let i = 0; i < 33; i++) setBit(arena.set(1), i);
    setBit(arena.set(0), 0);
    setBit(arena.set(0), 32);
    expect(Array.from(arena.countEach(0, 1, 2, 0, 2))).toEqual([2, 0]);
    expect(arena.set(1).length).toBe(2);
  });

  it('ships the kernel compiled from bit-kernel.wat', async () => {
    expect(Buffer.from(await compileKernel('bits')).toString('base64')).toBe(BIT_KERNEL_BASE64);
  });
});
