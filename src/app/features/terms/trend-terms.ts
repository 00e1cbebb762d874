// Which terms the trends compare: those the analyst listed, else the query's own positive
// terms (a field-scoped term keeps its field), at most MAX_TREND_TERMS, each once.
import { positiveTerms, type ParsedQuery } from '../../../shared/search/query';
import { MAX_TREND_TERMS } from '../../model/term-trends';

export function trendTermsOf(listed: readonly string[], query: ParsedQuery): string[] {
  if (listed.length) return listed.slice(0, MAX_TREND_TERMS);
  const own = positiveTerms(query).map((t) => {
    const text = t.phrase || /\s/.test(t.text) ? `"${t.text}"` : t.text;
    return t.field === 'text' ? text : `${t.field}:${text}`;
  });
  return [...new Set(own)].slice(0, MAX_TREND_TERMS);
}
