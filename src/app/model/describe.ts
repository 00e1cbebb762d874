// The active filters in words, for chart titles, exports and slides.
import { formatDate } from './dates';
import { FACETS, type ResultSet } from './filters';
import type { Lang } from '../strings/lang';
import { labelText, valueLabel } from './labels';
import { translate } from '../strings/translate';

export function describeFilters(f: ResultSet, lang: Lang): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    if (f[facet].length) parts.push(f[facet].map((v) => labelText(valueLabel(facet, v), lang)).join(translate(lang, 'descOr')));
    for (const v of f.exclude[facet]) parts.push(translate(lang, 'descNot', { values: labelText(valueLabel(facet, v), lang) }));
  }
  if (f.from || f.to) parts.push(`${f.from ? formatDate(f.from, lang) : '…'}–${f.to ? formatDate(f.to, lang) : '…'}`);
  if (f.q.trim()) parts.push(translate(lang, 'descMatching', { q: f.q.trim() }));
  const articles = translate(lang, f.onTopicOnly ? 'descOnTopic' : 'descAllArticles');
  // Widened places change what a province count means: say so wherever the counts go.
  const scope = f.places === 'wide' ? translate(lang, 'descWidePlaces', { articles }) : articles;
  // "all articles" is already everything; only the on-topic scope needs the "all".
  if (parts.length === 0) return f.onTopicOnly ? translate(lang, 'descEverything', { scope }) : scope;
  return translate(lang, 'descSome', { parts: parts.join(' · '), scope });
}
