// Counts behind the chart views, each over the currently filtered articles.
import type { ArticleMeta as Article } from '../../shared/schema';

export interface Count {
  key: string;
  count: number;
}

/** Articles per value of a multi-valued field (an article counts once per value). */
export function countBy<T>(articles: readonly T[], values: (a: T) => string[]): Count[] {
  const m = new Map<string, number>();
  for (const a of articles) for (const v of new Set(values(a))) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface Matrix {
  /** The most frequent industries and topics, at most MATRIX_MAX of each, drawn as the grid. */
  rows: string[];
  cols: string[];
  /** cells[row][col] = articles tagged with both. */
  cells: number[][];
  max: number;
  /** How many industries and topics the articles have in all (more than drawn when capped). */
  allRows: number;
  allCols: number;
  /** Every tagged pair with its count, most frequent first (the table lists them all). */
  pairs: { row: string; col: string; count: number }[];
}

/** A grid wider than this cannot be read on a screen, and costs rows × columns cells to draw. */
export const MATRIX_MAX = 20;

/** One pass over the articles: each adds to the cells of its own industry × topic pairs. */
export function industryTopicMatrix(articles: readonly Pick<Article, 'industries' | 'topics'>[]): Matrix {
  const allRows = countBy(articles, (a) => a.industries).map((c) => c.key);
  const allCols = countBy(articles, (a) => a.topics).map((c) => c.key);
  const pairCounts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const r of new Set(a.industries)) {
      const row = pairCounts.get(r) ?? new Map<string, number>();
      for (const c of new Set(a.topics)) row.set(c, (row.get(c) ?? 0) + 1);
      pairCounts.set(r, row);
    }
  }
  const rows = allRows.slice(0, MATRIX_MAX);
  const cols = allCols.slice(0, MATRIX_MAX);
  const cells = rows.map((r) => cols.map((c) => pairCounts.get(r)?.get(c) ?? 0));
  const pairs = [...pairCounts].flatMap(([row, m]) => [...m].map(([col, count]) => ({ row, col, count })));
  pairs.sort((a, b) => b.count - a.count || a.row.localeCompare(b.row) || a.col.localeCompare(b.col));
  let max = 0;
  for (const line of cells) for (const n of line) if (n > max) max = n;
  return { rows, cols, cells, max, allRows: allRows.length, allCols: allCols.length, pairs };
}

/** A figure as a Chinese reader writes it: 17600 家 → 1.76万家, 6.57e12 元 → 6.57万亿元, 13 percent → 13%. */
export function formatFigure(value: number, unit: string, qualifier: string | null = null): string {
  const pre = qualifier && /^(超过|超|近|约|逾|不足|不到|至少|最高|最多)$/.test(qualifier) ? qualifier : '';
  const post = qualifier && /^(余|多|以上|左右)$/.test(qualifier) ? qualifier : '';
  if (unit === 'percent') return `${pre}${trim(value)}%${post}`;
  if (unit === 'percentage points') return `${pre}${trim(value)}个百分点${post}`;
  const abs = Math.abs(value);
  const [n, mag] = abs >= 1e12 ? [value / 1e12, '万亿'] : abs >= 1e8 ? [value / 1e8, '亿'] : abs >= 1e4 ? [value / 1e4, '万'] : [value, ''];
  const tail = post === '余' || post === '多' ? `${post}${unit}` : `${unit}${post}`;
  return `${pre}${trim(n)}${mag}${tail}`;
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}
