// @vitest-environment jsdom
// Asking for the Chinese font's faces: each character once, from what changed, never the
// whole page's text again after every redraw.
import { describe, expect, it } from 'vitest';
import { newCharacters, reshapeOnFontLoad } from '../../../src/app/ui/reshape-on-font-load';

describe('newCharacters', () => {
  it('returns each non-ASCII character the first time it is seen, astral ones whole', () => {
    const ask = newCharacters();
    expect(ask('专精特新 SRDI 专精')).toBe('专精特新');
    expect(ask('小巨人专精')).toBe('小巨人');
    expect(ask('𠀀专𠀀')).toBe('𠀀');
    expect(ask('plain ASCII')).toBe('');
  });
});

describe('reshapeOnFontLoad', () => {
  it('asks for the new characters of what was added, once per burst, not for the whole page', async () => {
    document.body.innerHTML = '<p>湖北召开低空经济</p>';
    const loads: string[] = [];
    const later: { run: () => void }[] = [];
    const fonts = { addEventListener: () => undefined, load: async (font: string, text: string) => (loads.push(`${font.split(' ')[0]}:${text}`), []) };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    reshapeOnFontLoad(document, (run) => later.push({ run }));
    later.splice(0).forEach((l) => l.run());
    expect(loads).toEqual(['400:湖北召开低空经济', '700:湖北召开低空经济']);
    loads.length = 0;
    const p = document.createElement('p');
    p.textContent = '低空经济发展推进会';
    document.body.append(p);
    await new Promise((resolve) => setTimeout(resolve, 0));
    later.splice(0).forEach((l) => l.run());
    // Only 发展推进会 is new; the page's other text is not asked for again.
    expect(loads).toEqual(['400:发展推进会', '700:发展推进会']);
  });
});
