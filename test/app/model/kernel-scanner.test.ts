// The SIMD kernel counts exactly what indexOf counts, wherever the needle and the text's
// ends fall in its eight-unit steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKernel } from '../../../scripts/kernel-source';
import { SCAN_KERNEL_BASE64 } from '../../../src/app/model/scan-kernel-bytes';
import { buildSearchIndex } from '../../../src/shared/search/search';
import { buildSearchPart, partSources } from '../../../src/shared/search/search-part';
import { decodeSearchFile, encodeSearchFile } from '../../../src/shared/search/search-file';
import { stringScanner } from '../../../src/shared/search/text-scanner';
import { kernelScanner } from '../../../src/app/model/kernel-scanner';

const units = fc.constantFrom('发', '展', '芯', '片', 'a', '\ud840', '\udc00', '𠀀');
const text = fc.array(units, { maxLength: 70 }).map((a) => a.join(''));
const needle = fc.array(units, { minLength: 1, maxLength: 12 }).map((a) => a.join('')).filter((n) => n.length <= 12);

describe('text scanner', () => {
  it('runs the kernel here (Node has WebAssembly SIMD), so the tests below test it', () => {
    expect(kernelScanner(buildSearchIndex([{ id: 'a', title: null, body: '发展' }])).kernel).toBe('wasm');
    expect(kernelScanner(buildSearchIndex([{ id: 'a', title: null, body: '发展' }]), false).kernel).toBe('js');
  });

  it('counts as indexOf does: overlapping, in titles and bodies, up to a limit', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.option(text, { nil: null }), body: text }), { minLength: 1, maxLength: 6 }), needle, fc.integer({ min: 0, max: 9 }), (raw, n, limit) => {
        const base = buildSearchIndex(raw.map((d, i) => ({ id: `d${i}`, ...d })));
        const fast = kernelScanner(base);
        const plain = stringScanner(base);
        base.ids.forEach((_, i) => {
          for (const field of ['title', 'body'] as const) {
            expect(fast.count(i, field, n, Infinity)).toBe(plain.count(i, field, n, Infinity));
            expect(fast.count(i, field, n, limit)).toBe(plain.count(i, field, n, limit));
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('counts a needle that ends a text and one that starts the next apart', () => {
    const base = buildSearchIndex([{ id: 'a', title: '芯片芯', body: '片芯片'.repeat(9) }, { id: 'b', title: '芯片', body: '' }]);
    const scan = kernelScanner(base);
    expect([scan.count(0, 'title', '芯片', Infinity), scan.count(0, 'body', '芯片', Infinity), scan.count(0, 'body', '片芯片', 4)]).toEqual([1, 9, 4]);
    expect([scan.count(1, 'title', '芯片', Infinity), scan.count(1, 'body', '芯片', Infinity)]).toEqual([1, 0]);
    // A needle longer than the kernel's room is counted by indexOf.
    expect(scan.count(0, 'body', '片芯片'.repeat(400), Infinity)).toBe(0);
  });

  it('ships the kernel compiled from scan-kernel.wat', async () => {
    expect(Buffer.from(await compileKernel('scan')).toString('base64')).toBe(SCAN_KERNEL_BASE64);
  });
});

describe('text scanner over search files', () => {
  it("copies each document from its file's units to the same place its strings would go", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.option(text, { nil: null }), body: text }), { minLength: 2, maxLength: 9 }), fc.boolean(), needle, (raw, fromStrings, n) => {
        const docs = raw.map((d, i) => ({ id: `d${i}`, ...d }));
        // A search file read back; or the same part as built from strings (no units).
        const decoded = decodeSearchFile(encodeSearchFile(buildSearchPart(buildSearchIndex(docs))).slice().buffer, 'search-0.bin');
        if (!decoded.ok) throw new Error(decoded.error);
        const part = fromStrings ? { ...decoded.part, units: undefined } : decoded.part;
        const plain = stringScanner({ ...part.base, titles: [...part.base.titles], bodies: [...part.base.bodies] });
        const fast = kernelScanner(part.base, true, partSources(part));
        part.base.ids.forEach((_, i) => {
          for (const field of ['title', 'body'] as const) {
            expect(fast.text(i, field)).toBe(plain.text(i, field));
            expect(fast.count(i, field, n, Infinity)).toBe(plain.count(i, field, n, Infinity));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
