// Counting a Chinese term in a document's title or body, for the fast search path. Here
// the plain way, String indexOf over the search forms; the app's text shards count with a
// SIMD kernel over their own copy of the texts (src/app/model/kernel-scanner.ts). Both
// count the same (overlapping occurrences, up to a limit); the property tests hold each
// to the plain reference.
import { countUpTo, type SearchIndex } from './search';

export interface TextScanner {
  /** Which loop counts: 'wasm' (the kernel, which holds its own copy of the texts) or 'js' (indexOf over the strings). */
  readonly kernel: 'wasm' | 'js';
  /** Memory it holds outside the JavaScript heap (the kernel's copy of the texts). */
  readonly bytes: number;
  /** Occurrences of `needle` in document i's title or body, counting no further than `limit`. */
  count(i: number, field: 'title' | 'body', needle: string, limit: number): number;
  /** Document i's title or body in search form (for the terms matched as whole words). */
  text(i: number, field: 'title' | 'body'): string;
}

export function stringScanner(base: SearchIndex): TextScanner {
  const text = (i: number, field: 'title' | 'body') => (field === 'title' ? base.titles[i]! : base.bodies[i]!);
  return { kernel: 'js', bytes: 0, count: (i, field, needle, limit) => countUpTo(text(i, field), needle, limit), text };
}
