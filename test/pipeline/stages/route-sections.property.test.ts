// Route sections read back from each suffix are the spans the plain pattern over the
// abbreviations finds, on any text of abbreviations, suffixes and other characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeSections } from '../../../src/pipeline/stages/regions';
import { ROUTE_SECTION } from '../../../src/pipeline/knowledge/places';

const REFERENCE = new RegExp(`[${ROUTE_SECTION.ends}]{${ROUTE_SECTION.fewest},${ROUTE_SECTION.most}}[${ROUTE_SECTION.suffixes}]`, 'gu');
const referenceSpans = (text: string): [number, number][] => [...text.matchAll(REFERENCE)].map((m) => [m.index, m.index + m[0].length]);

describe('routeSections', () => {
  it('finds the spans the plain pattern finds', () => {
    const unit = fc.constantFrom('京', '沪', '苏', '新', '段', '线', '路', '高', '□', '𠀀');
    fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
      const text = units.join('');
      expect(routeSections(text)).toEqual(referenceSpans(text));
    }), { numRuns: 3000 });
  });

  it('blanks 京沪线 and 沪苏段 but not a line of production', () => {
    expect(routeSections('京沪线和沪苏段开通，生产线投产')).toEqual([[0, 3], [4, 7]]);
  });
});
