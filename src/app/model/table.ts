// The Table view's cells: one row per article, each column a value to show, to sort by and
// to export (the columns themselves are in columns.ts).
import type { ArticleMeta as Article } from '../../shared/schema';
import type { Lang } from '../strings/lang';
import { dateSortKey, formatDate } from './dates';
import { labelText, valueLabel } from './labels';
import { OUTLET_UNKNOWN, type FacetId } from './filters';
import type { ColumnId, TableSort } from './columns';


const labels = (facet: FacetId, values: string[], lang: Lang) => values.map((v) => labelText(valueLabel(facet, v), lang)).join('; ');

/** A cell as shown and exported: text, or a number for counts. */
export function cell(a: Article, column: ColumnId, lang: Lang): string | number {
  switch (column) {
    case 'title':
      return a.title ?? '';
    case 'date':
      return a.date ? formatDate(a.date, lang) : '';
    case 'precision':
      return a.datePrecision ?? '';
    case 'outlet':
      return a.outlet ?? '';
    case 'regions':
      return labels('region', a.regions, lang);
    case 'industries':
      return labels('industry', a.industries, lang);
    case 'topics':
      return labels('topic', a.topics, lang);
    case 'kind':
      return labelText(valueLabel('kind', a.kind), lang);
    case 'figures':
      return a.figures.length;
    case 'documents':
      return a.documents.map((d) => d.title).join('; ');
    case 'source':
      return `${a.source.file}:${a.source.lineStart}-${a.source.lineEnd}`;
  }
}

/** What a column sorts by: dates by their day (a month at its start), counts as numbers, text as Chinese collation orders it. */
function sortKey(a: Article, column: ColumnId, lang: Lang): string | number {
  if (column === 'date') return dateSortKey(a.date);
  if (column === 'outlet') return a.outlet ?? OUTLET_UNKNOWN;
  return cell(a, column, lang);
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** The rows in the chosen order; ties keep the order they came in (the view's order). Empty values sort last either way. */
export function sortRows(rows: readonly Article[], sort: TableSort | null, lang: Lang): Article[] {
  if (!sort) return [...rows];
  const keyed = rows.map((a, k) => ({ a, k, key: sortKey(a, sort.column, lang) }));
  const empty = (x: string | number) => x === '' || x === OUTLET_UNKNOWN;
  keyed.sort((x, y) => {
    if (empty(x.key) !== empty(y.key)) return empty(x.key) ? 1 : -1;
    const c = typeof x.key === 'number' && typeof y.key === 'number' ? x.key - y.key : collator.compare(String(x.key), String(y.key));
    return (sort.descending ? -c : c) || x.k - y.k;
  });
  return keyed.map((x) => x.a);
}
