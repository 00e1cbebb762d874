// The fold the pipeline and the search share: OpenCC's Traditional → Simplified mappings as
// a generated table (kept equal to OpenCC here), full-width ASCII to ASCII, one unit each.
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { buildFoldPairs } from '../../scripts/fold-table-source';
import { FOLD_PAIRS } from '../../src/shared/fold-pairs';
import { foldChinese, foldUnit } from '../../src/shared/fold';

describe('folding', () => {
  it('is generated from OpenCC and up to date', () => {
    expect(FOLD_PAIRS).toBe(buildFoldPairs());
  });

  it('folds every unit as OpenCC converts it alone, where that is one unit', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    for (let code = 0x3400; code < 0xff01; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const s = toSimplified(String.fromCharCode(code));
      expect(foldUnit(code), code.toString(16)).toBe(s.length === 1 ? s.charCodeAt(0) : code);
    }
  });

  it('keeps offsets: one unit for one', () => {
    expect(foldChinese('專精特新「小巨人」企業ＡＢＣ１２３')).toBe('专精特新「小巨人」企业ABC123');
    expect(foldChinese('新華社北京電')).toBe('新华社北京电');
    expect(foldChinese('😀a')).toBe('😀a');
  });
});
