// Noto Sans SC ships as ~100 unicode-range subsets per weight, fetched as text needs them.
// Chromium sometimes shapes text before all its subsets are requested and keeps the empty
// boxes it drew (seen on machines with no Chinese system font, which is what projectors
// and kiosks often are). Two remedies, both cheap:
// - after the page changes, ask for the faces its new characters need, each character once
//   (asking with the whole page's text, as this did first, made `FontFaceSet.check` and
//   `load` walk hundreds of thousands of characters after every redraw: 27 s of main-thread
//   work in a minute of clicking facets on the Charts tab at 10k articles);
// - after each burst of font loads, move the root's letter spacing by an invisible step
//   (1e-6 em a burst): the shaping cache is keyed by the font description, so a
//   description the page has never used makes every text run shaped again, with the faces
//   now there. (Toggling back and forth reuses the stale cache; a re-shape right at
//   `loadingdone` was measured to come too early.)
export const SETTLE_MS = 150;
const FAMILY = '"Noto Sans SC"';
const WEIGHTS = [400, 700];

type Later = (run: () => void, ms: number) => unknown;
const timeout: Later = (run, ms) => setTimeout(run, ms);

/** Calls `run` once `ms` after the last of a burst of calls. */
function settleAfter(later: Later, ms: number, run: () => void): () => void {
  let generation = 0;
  return () => {
    const mine = ++generation;
    later(() => {
      if (mine === generation) run();
    }, ms);
  };
}

export function reshapeOnFontLoad(doc: Document, later: Later = timeout): void {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts?.addEventListener) return;
  let bursts = 0;
  fonts.addEventListener(
    'loadingdone',
    settleAfter(later, SETTLE_MS, () => {
      bursts += 1;
      doc.documentElement.style.letterSpacing = `${(bursts * 1e-6).toFixed(6)}em`;
    }),
  );
  const ask = newCharacters();
  let pending = '';
  const requestFaces = settleAfter(later, SETTLE_MS, () => {
    const text = pending;
    pending = '';
    if (text) for (const w of WEIGHTS) void fonts.load(`${w} 16px ${FAMILY}`, text).catch(() => undefined);
  });
  const note = (text: string | null | undefined) => {
    const fresh = ask(text ?? '');
    if (!fresh) return;
    pending += fresh;
    requestFaces();
  };
  note(doc.body?.textContent);
  if (typeof MutationObserver === 'function' && doc.body) {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') note(r.target.textContent);
        else r.addedNodes.forEach((n) => note(n.textContent));
      }
    }).observe(doc.body, { childList: true, subtree: true, characterData: true });
  }
}

/** The characters of a text not seen before (each returned once, ever): what the faces must cover. */
export function newCharacters(): (text: string) => string {
  const seen = new Set<number>();
  return (text) => {
    let out = '';
    for (let k = 0; k < text.length; k++) {
      const c = text.codePointAt(k)!;
      const units = c > 0xffff ? 2 : 1;
      // ASCII is in the first subset, always loaded with the page.
      if (c >= 0x80 && !seen.has(c)) {
        seen.add(c);
        out += text.slice(k, k + units);
      }
      k += units - 1;
    }
    return out;
  };
}
