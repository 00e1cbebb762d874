// The plain definition of finding taxonomy terms in a text, kept as the reference the
// pipeline's one-pass scanner is held to: each term searched on its own, longest first,
// occurrences that overlap a longer one dropped, Latin terms standing alone.
export function referenceFindTerms(text: string, terms: string[], inEnumeration: (text: string, start: number, end: number) => boolean): boolean[] {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map((term) => ({ lower: term.toLowerCase(), latin: /^[a-z0-9]/i.test(term) }));
  const lower = text.toLowerCase();
  // Offsets are the lower-cased text's (longer than the text where a letter such as İ lower-cases to two units).
  const taken = new Uint8Array(lower.length);
  const found: boolean[] = [];
  for (const { lower: t, latin } of sorted) {
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
      if (taken.subarray(at, at + t.length).some((x) => x)) continue;
      if (latin && (/[a-z]/i.test(text[at - 1] ?? '') || /[a-z]/i.test(text[at + t.length] ?? ''))) continue;
      taken.fill(1, at, at + t.length);
      found.push(inEnumeration(text, at, at + t.length));
    }
  }
  return found;
}

/** The plain definition of an occurrence at [start, end) being one item of a list (X、Y、Z等): the patterns alone. */
export function referenceInEnumeration(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  return /^[、]/.test(after) || /[、]$/.test(before) || /^(?:等|和|及)/.test(after) && /[、]/.test(before + after) || /^[^，。；]{0,6}等(?:重点|未来|新兴|领域|产业|行业)/.test(after) && /[、]/.test(text.slice(Math.max(0, start - 30), start));
}
