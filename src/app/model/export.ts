// Exports of exactly what the filters show, each carrying where it came from: the
// filters in words, the count, the corpus date and the link that restores the view.
import type { Article, ArticleMeta, Corpus } from '../../shared/schema';
import { SCHEMA_VERSION } from '../../shared/schema';
import { provinceOf } from '../../shared/taxonomy/regions';
import type { FigureRow, Tracker } from './figures';
import { formatDate } from './dates';
import { describeFilters } from './describe';
import type { ResultSet } from './filters';
import { cell } from './table';
import type { ColumnId } from './columns';
import type { KwicLine } from '../../shared/terms/concordance';
import type { Lang } from '../strings/lang';

/** Where an export came from: the filters in words, counts, corpus date, link and time. */
export function provenanceOf(o: { filters: ResultSet; count: number; total: number; generatedAt: string; link: string; now: Date }): Provenance {
  return {
    description: describeFilters(o.filters, 'en'), count: o.count, total: o.total, corpusDate: o.generatedAt.slice(0, 10), link: o.link,
    exportedAt: o.now.toISOString().slice(0, 19).replace('T', ' '),
  };
}

export interface Provenance {
  description: string;
  count: number;
  total: number;
  corpusDate: string;
  link: string;
  exportedAt: string;
}

// Characters a spreadsheet skips before deciding a cell is a formula: whitespace, BOM,
// zero-width and other invisible format characters.
const INVISIBLE_LEAD = /^[\s\u00AD\u180E\u200B-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]+/u;
/** First characters that make Excel, LibreOffice or WPS run a cell (full-width forms folded first). */
const FORMULA_START = /^[=+\-@|%\t\r\n]/;
/**
 * A separator other locales split on (; , tab |) or a line break, followed by a formula start:
 * read with ";" as separator, quoting is not seen mid-field, so that position starts a cell.
 */
const FORMULA_AFTER_SEPARATOR = /([;,\t|\r\n][\s\u00A0\u3000\u200B-\u200F\uFEFF]*)(?=[=+\-@|%＝＋－＠｜％])/gu;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** Whether a spreadsheet would read the cell as a formula (numbers like -3.2 stay numbers). */
export function looksLikeFormula(s: string): boolean {
  if (PLAIN_NUMBER.test(s)) return false;
  if (/^[\t\r\n]/.test(s)) return true;
  // Both forms: NFKC folds full-width ＝ to =, but it also composes "=" + U+0338 into "≠",
  // which would hide the "=" a spreadsheet still sees first.
  const lead = s.replace(INVISIBLE_LEAD, '');
  return FORMULA_START.test(lead) || FORMULA_START.test(lead.normalize('NFKC'));
}

/** Every field quoted (RFC 4180); a field a spreadsheet would run, in any separator's reading, neutralised with '. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (looksLikeFormula(s)) s = `'${s}`;
  s = s.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return `"${s.replace(/"/g, '""')}"`;
}

export function csv(rows: (string | number | null)[][]): string {
  // The BOM makes Excel and WPS read UTF-8 Chinese correctly.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function provenanceRow(p: Provenance): string[] {
  return [`# SRDI Explorer export: ${p.description}; ${p.count} of ${p.total} articles; corpus of ${p.corpusDate}; exported ${p.exportedAt}; view: ${p.link}`];
}

/** The Table view as CSV: its columns, in its order, after the provenance row. */
export function tableCsv(rows: ArticleMeta[], columns: readonly ColumnId[], headers: readonly string[], lang: Lang, p: Provenance): string {
  return csv([provenanceRow(p), ['id', ...headers], ...rows.map((a) => [a.id, ...columns.map((c) => cell(a, c, lang))])]);
}

/** A concordance as CSV: one row per line, in the order shown, with where each line is (article, paragraph, source). */
/** `rows`: each line's article, in the lines' order. */
export function concordanceCsv(lines: readonly KwicLine[], rows: readonly ArticleMeta[], p: Provenance): string {
  const header = ['id', 'title', 'date', 'outlet', 'paragraph', 'left', 'match', 'right', 'source_file', 'line_start', 'line_end'];
  return csv([provenanceRow(p), header, ...lines.map((l, k) => {
    const a = rows[k]!;
    return [a.id, a.title, a.date, a.outlet, l.paragraph + 1, l.left, l.match, l.right, a.source.file, a.source.lineStart, a.source.lineEnd];
  })]);
}

export const ARTICLE_COLUMNS = ['id', 'title', 'date', 'date_precision', 'outlet', 'regions', 'cities', 'industries', 'topics', 'source_file', 'line_start', 'line_end'];

export function articlesCsv(articles: ArticleMeta[], p: Provenance): string {
  return csv([
    provenanceRow(p),
    ARTICLE_COLUMNS,
    ...articles.map((a) => [
      a.id, a.title, a.date, a.datePrecision, a.outlet, a.regions.join('; '), a.cities.join('; '), a.industries.join('; '), a.topics.join('; '),
      a.source.file, a.source.lineStart, a.source.lineEnd,
    ]),
  ]);
}

const FIGURE_COLUMNS = ['article_id', 'article_title', 'date', 'indicator', 'indicator_key', 'kind', 'text', 'value', 'unit', 'unit_family', 'readable', 'baseline', 'evidence'];

const figureCells = (r: FigureRow) => [
  r.articleId, r.title, r.date, r.indicator, r.indicatorKey, r.kind, r.text, r.value, r.unit, r.unitFamily, r.display, r.baseline, r.evidence,
];

export function figuresCsv(rows: FigureRow[], p: Provenance): string {
  return csv([provenanceRow(p), FIGURE_COLUMNS, ...rows.map(figureCells)]);
}

/** One tracked measure's reported values, oldest first, each with its article and sentence. */
export function trackerCsv(tracker: Tracker, p: Provenance): string {
  return csv([provenanceRow(p), ['tracker', tracker.label, tracker.indicatorKey, tracker.unit, tracker.kind], FIGURE_COLUMNS, ...tracker.points.map(figureCells)]);
}

/** A corpus document of the filtered articles, so an export can be opened in the app again. */
export function corpusJson(corpus: Pick<Corpus, 'generatedAt' | 'sources'>, articles: Article[], p: Provenance): string {
  const files = new Set(articles.map((a) => a.source.file));
  const doc: Corpus & { export: Provenance } = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: corpus.generatedAt,
    sources: corpus.sources.filter((s) => files.has(s.file)),
    articles,
    export: p,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Corpus text as inert Markdown text: line breaks collapsed (no new block can start),
 * backslashes first, then every character that opens Markdown or HTML syntax escaped,
 * and URL and domain shapes broken with a zero-width space so no renderer links them.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029\u0085\v\f]+/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .trim()
    .replace(/[\\`*_[\]()<>#|!&~]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, ':\u200B//')
    .replace(/(?<=[A-Za-z0-9])\.(?=[A-Za-z])/g, '.\u200B')
    .replace(/\bwww(?=\.)/gi, (m) => `${m}\u200B`)
    // A line may begin with it: a list, heading or setext marker there would start a block.
    .replace(/^([-+=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

export function markdownBrief(articles: ArticleMeta[], p: Provenance): string {
  const lines = [
    `# SRDI brief: ${markdownText(p.description)}`,
    '',
    `> ${p.count} of ${p.total} articles · corpus of ${markdownText(p.corpusDate)} · exported ${markdownText(p.exportedAt)}`,
    `> View: <${p.link.replace(/[<>\s]/g, encodeURIComponent)}>`,
    '',
  ];
  for (const a of articles) {
    const title = markdownText(a.title ?? (a.lead.slice(0, 30) || a.id));
    lines.push(`- **${title}** — ${markdownText(formatDate(a.date, 'en'))}${a.outlet ? `, ${markdownText(a.outlet)}` : ''}`);
    lines.push(`  ${markdownText(lead(a))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The first sentence of an article (its lead has no dateline already). */
export function lead(a: Pick<ArticleMeta, 'lead'>): string {
  const first = a.lead.replace(/…$/, '');
  const sentence = first.split(/(?<=[。！？])/)[0] ?? first;
  return sentence.length > 90 ? `${sentence.slice(0, 90)}…` : sentence;
}

/** A file name that says what is in it: srdi-hubei-low-altitude-economy-2025.csv */
export function exportFileName(f: ResultSet, kind: string, ext: string): string {
  const parts = ['srdi'];
  for (const r of f.region) parts.push((provinceOf(r)?.en ?? r).toLowerCase());
  for (const c of f.city) parts.push(c);
  parts.push(...f.industry, ...f.topic, ...f.kind);
  const years = [f.from, f.to].filter((d): d is string => !!d).map((d) => d.slice(0, 4));
  if (years.length) parts.push([...new Set(years)].join('-'));
  if (f.q.trim()) parts.push(f.q.trim());
  if (kind) parts.push(kind);
  const slug = parts
    .join('-')
    .normalize('NFKC')
    .replace(/[\s"“”'‘’/\\:*?<>|#%&{}$!@+=`]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 120);
  return `${slug}.${ext}`;
}

export function exportBaseName(f: ResultSet, kind: string): string {
  return exportFileName(f, kind, 'x').slice(0, -2);
}
