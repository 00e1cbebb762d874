// An exported chart carries the glyphs it needs: the app's Chinese font subsets that cover
// its characters are inlined as data URIs, so the SVG (and the PNG drawn from it, which
// cannot see the page's web fonts) shows Chinese on machines without a CJK font.
const FAMILY = 'Noto Sans SC';

export async function embedFonts(svg: string): Promise<string> {
  const used = new Set<number>();
  for (const ch of svg) if (ch.codePointAt(0)! > 0x2e7f) used.add(ch.codePointAt(0)!);
  if (used.size === 0) return svg;
  const faces: string[] = [];
  for (const rule of fontFaceRules()) {
    const range = rule.style.getPropertyValue('unicode-range');
    if (!coversAny(range, used)) continue;
    const src = /url\(["']?([^"')]+\.woff2)["']?\)/u.exec(rule.style.getPropertyValue('src'))?.[1];
    if (!src) continue;
    const response = await fetch(new URL(src, rule.parentStyleSheet?.href ?? window.location.href));
    if (!response.ok) continue;
    const weight = rule.style.getPropertyValue('font-weight') || '400';
    faces.push(`@font-face{font-family:"${FAMILY}";font-weight:${weight};src:url(data:font/woff2;base64,${base64(await response.arrayBuffer())}) format("woff2");unicode-range:${range}}`);
  }
  if (faces.length === 0) return svg;
  return svg.replace(/^(<svg[^>]*>)/u, `$1<style>${faces.join('')}</style>`);
}

function fontFaceRules(): CSSFontFaceRule[] {
  const out: CSSFontFaceRule[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').replace(/["']/gu, '').trim() === FAMILY) out.push(rule);
    }
  }
  return out;
}

/** Does a unicode-range ("U+4e00-4fff, U+3000") cover any of the code points? */
function coversAny(range: string, used: Set<number>): boolean {
  for (const part of range.split(',')) {
    const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/iu.exec(part.trim());
    if (!m) continue;
    const lo = parseInt(m[1]!.replace(/\?/gu, '0'), 16);
    const hi = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replace(/\?/gu, 'f'), 16);
    for (const cp of used) if (cp >= lo && cp <= hi) return true;
  }
  return false;
}

function base64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
