// Character bigrams as the server indexes them: each distinct pair of neighbouring code
// points. The stored text's and a query term's are split by this one function, so a
// term's bigrams are in an article's whenever the term is in its text.

export function bigramsOf(text: string): string[] {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let k = 0; k + 1 < chars.length; k++) out.add(chars[k]! + chars[k + 1]!);
  return [...out];
}
