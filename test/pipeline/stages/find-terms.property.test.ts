// The one-pass term scanner behind tagging equals the plain reference (each term searched
// on its own) on any text and term lists, including overlapping, nested and Latin terms and
// the same texts asked for again by other lists; and the list test's shortcuts equal its patterns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTerms, inEnumeration, scanText, scannedLines, termList, termsIn } from '../../../src/pipeline/stages/term-scan';
import { INDUSTRIES } from '../../../src/shared/taxonomy/industries';
import { TOPICS } from '../../../src/shared/taxonomy/topics';
import { referenceFindTerms, referenceInEnumeration } from '../../helpers/reference-terms';

const PIECES = ['İ', '芯', '人形机器人', '机器人', '机器', '低空', '低空经济', '经济', 'AI', 'ai', 'EDA', 'AIGC', '芯片', '半导体', '、', '等', '和', '，', '。', ' ', 'x', 'Ai芯片', '新能源汽车', '汽车'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
const terms = fc.uniqueArray(fc.constantFrom(...PIECES.filter((p) => !/^[、等和，。 x]$/.test(p))), { minLength: 1, maxLength: 6 });

describe('findTerms', () => {
  it('finds what searching each term on its own finds, for any texts and lists', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.array(terms, { minLength: 1, maxLength: 4 }), (texts, lists) => {
        // Every list against every text, interleaved, as the taxonomy asks.
        for (const list of lists) for (const t of texts) expect(findTerms(t, list)).toEqual(referenceFindTerms(t, list, referenceInEnumeration));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the taxonomy terms as the reference does in composed texts', () => {
    const all = [...INDUSTRIES, ...TOPICS];
    const words = all.flatMap((e) => e.terms);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom('、', '等', '。', '发展', 'x')), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        for (const e of all) expect(findTerms(t, e.terms)).toEqual(referenceFindTerms(t, e.terms, referenceInEnumeration));
      }),
      { numRuns: 150 },
    );
  });

  it('finds in each line of a scanned text what scanning that line alone finds', () => {
    const lines = fc.array(text, { minLength: 1, maxLength: 5 }).map((xs) => xs.join('\n'));
    fc.assert(
      fc.property(lines, fc.array(terms, { minLength: 1, maxLength: 3 }), (body, lists) => {
        const registered = lists.map((l) => termList(l));
        const scanned = scannedLines(scanText(body));
        expect(scanned.map((l) => l.text)).toEqual(body.split('\n'));
        scanned.forEach((line) => registered.forEach((list, k) => expect(termsIn(line, list)).toEqual(referenceFindTerms(line.text, lists[k]!, referenceInEnumeration))));
      }),
      { numRuns: 400 },
    );
  });

  it('reads an occurrence as a list item exactly when the plain patterns do', () => {
    const listText = fc.array(fc.constantFrom('芯片', '、', '等', '和', '及', '，', '。', '；', '重点', '产业', '领域', '发展', 'x'), { maxLength: 25 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(listText, fc.nat(), fc.nat(), (t, a, b) => {
        const start = t.length === 0 ? 0 : a % t.length;
        const end = Math.min(t.length, start + 1 + (b % 4));
        expect(inEnumeration(t, start, end)).toBe(referenceInEnumeration(t, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
