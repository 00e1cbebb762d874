// The active filters in words, for chart titles, exports and slides.
import { formatDate } from './dates';
import { FACETS, type Filters } from './filters';
import type { Lang } from './lang';
import { labelText, valueLabel } from './labels';

export function describeFilters(f: Filters, lang: Lang): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    if (f[facet].length) parts.push(f[facet].map((v) => labelText(valueLabel(facet, v), lang)).join(lang === 'zh' ? '或' : ' or '));
  }
  if (f.from || f.to) parts.push(`${f.from ? formatDate(f.from, lang) : '…'}–${f.to ? formatDate(f.to, lang) : '…'}`);
  if (f.q.trim()) parts.push(lang === 'zh' ? `含“${f.q.trim()}”` : `matching “${f.q.trim()}”`);
  const articles = f.onTopicOnly ? (lang === 'zh' ? '相关报道' : 'on-topic articles') : lang === 'zh' ? '全部文章' : 'all articles';
  // Widened places change what a province count means: say so wherever the counts go.
  const scope = f.places === 'wide' ? `${articles}${lang === 'zh' ? '，地点含举办地和电头' : ', places incl. venues and datelines'}` : articles;
  if (parts.length === 0) return lang === 'zh' ? `全部${scope}` : `all ${scope}`;
  return `${parts.join(' · ')} (${scope})`;
}
