// The search box's query language, Kibana-style, on Chinese text:
//   小巨人 专精特新          both (AND is implied between terms)
//   芯片 OR 半导体 · 芯片 | 半导体   either
//   -专精特新 · NOT 专精特新   without
//   (芯片 OR 半导体) 上海     grouping
//   "专精特新 小巨人"         a phrase, typed as "…", “…” or 「…」
//   title:芯片 outlet:新华社 doc:促进法   a field: the title, the outlet, a cited document
// NOT binds tightest, then AND, then OR. Matching is in search form (squeeze.ts): marks
// between Chinese characters do not count. A term that is an entity's name (低空经济,
// Hubei, chips, "low-altitude economy") also matches that entity (query-names.ts).
import { MAX_NAME_WORDS, namedBy, type Expansion } from './query-names';
import { searchForm, squeezeWithMap } from './squeeze';

export const FIELDS = ['text', 'title', 'outlet', 'doc'] as const;
export type Field = (typeof FIELDS)[number];

export interface QueryTerm {
  /** As typed. */
  text: string;
  phrase: boolean;
  field: Field;
  /** Under a NOT: it excludes, so it is neither scored nor highlighted. */
  negated: boolean;
  /** Search-form strings, any of which satisfies the term. */
  alternatives: string[];
  /** The entities whose names widened this term, if any. */
  expandedFrom: Expansion[];
}

export type QueryNode =
  | { kind: 'term'; term: number }
  | { kind: 'and' | 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

export type QueryErrorCode = 'missingClose' | 'unexpectedClose' | 'danglingOperator' | 'unclosedQuote' | 'emptyGroup' | 'unknownField';

/** What is wrong with a query, and where (0-based offset in the raw text). */
export interface QueryError {
  code: QueryErrorCode;
  at: number;
  /** The token in question (the operator, the field name). */
  token: string;
}

export interface ParsedQuery {
  raw: string;
  /** Every term, in order; the tree refers to them by index. */
  terms: QueryTerm[];
  root: QueryNode | null;
  error: QueryError | null;
}

type Token =
  | { kind: 'open' | 'close' | 'or' | 'not' | 'and'; at: number; text: string }
  | { kind: 'word'; at: number; text: string; phrase: boolean; field: Field; minus: boolean };

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const FIELD_PREFIX = /^([a-z]+):/i;
const EDGE_MARKS = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

class QuerySyntaxError extends Error {
  constructor(readonly detail: QueryError) {
    super(detail.code);
  }
}

const fail = (code: QueryErrorCode, at: number, token: string): never => {
  throw new QuerySyntaxError({ code, at, token });
};

/** Reads a quoted phrase starting at `at` (its opening mark); returns its text and the index after the closing mark. */
function readQuoted(raw: string, at: number): { text: string; end: number } {
  const close = QUOTES[raw[at]!]!;
  const end = raw.indexOf(close, at + 1);
  if (end < 0) fail('unclosedQuote', at, raw[at]!);
  return { text: raw.slice(at + 1, end), end: end + 1 };
}

function readWord(raw: string, at: number, minus: boolean): { token: Token; end: number } {
  const field = FIELD_PREFIX.exec(raw.slice(at));
  let start = at;
  let name: Field = 'text';
  if (field) {
    if (!(FIELDS as readonly string[]).includes(field[1]!.toLowerCase())) fail('unknownField', at, field[1]!);
    name = field[1]!.toLowerCase() as Field;
    start = at + field[0].length;
    if (raw[start] && raw[start]! in QUOTES) {
      const q = readQuoted(raw, start);
      return { token: { kind: 'word', at, text: q.text, phrase: true, field: name, minus }, end: q.end };
    }
  }
  let end = start;
  // Inside a word a quote mark is part of it (专精特新“小巨人”), and search form drops it.
  while (end < raw.length && !/[\s()|]/.test(raw[end]!)) end++;
  const text = raw.slice(start, end);
  if (!field && !minus && (text === 'OR' || text === 'AND' || text === 'NOT')) return { token: { kind: text === 'OR' ? 'or' : text === 'AND' ? 'and' : 'not', at, text }, end };
  return { token: { kind: 'word', at, text, phrase: false, field: name, minus }, end };
}

export function tokenize(raw: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; ) {
    const ch = raw[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '(' || ch === ')') out.push({ kind: ch === '(' ? 'open' : 'close', at: i++, text: ch });
    else if (ch === '|') out.push({ kind: 'or', at: i++, text: ch });
    else if (ch in QUOTES) {
      const q = readQuoted(raw, i);
      out.push({ kind: 'word', at: i, text: q.text, phrase: true, field: 'text', minus: false });
      i = q.end;
    } else if (ch === '-' && raw[i + 1] === '(') {
      out.push({ kind: 'not', at: i++, text: '-' });
    } else if (ch === '-' && raw[i + 1] !== undefined && !/[\s)|]/.test(raw[i + 1]!)) {
      if (raw[i + 1]! in QUOTES) {
        const q = readQuoted(raw, i + 1);
        out.push({ kind: 'word', at: i, text: q.text, phrase: true, field: 'text', minus: true });
        i = q.end;
      } else {
        const w = readWord(raw, i + 1, true);
        out.push({ ...w.token, at: i });
        i = w.end;
      }
    } else {
      const w = readWord(raw, i, false);
      out.push(w.token);
      i = w.end;
    }
  }
  return out;
}

/** Consecutive plain words that together are an English name (low-altitude economy) become one term. */
function joinNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.phrase || t.field !== 'text' || t.minus || !/[a-z]/i.test(t.text)) {
      out.push(t);
      continue;
    }
    let joined = 1;
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n > 1; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.every((x) => x.kind === 'word' && !x.phrase && x.field === 'text' && !x.minus)) continue;
      if (namedBy(run.map((x) => x.text).join(' ')).some((e) => /[a-z]/i.test(e.label.en))) {
        joined = n;
        break;
      }
    }
    out.push(joined === 1 ? t : { ...t, text: tokens.slice(i, i + joined).map((x) => x.text).join(' ') });
    i += joined - 1;
  }
  return out;
}

class Parser {
  private k = 0;
  readonly terms: QueryTerm[] = [];
  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null;
    const node = this.or(false, false);
    const extra = this.tokens[this.k];
    if (extra) fail('unexpectedClose', extra.at, extra.text);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.k];
  }

  /** `negated`: under an odd number of NOTs, which makes its terms exclude. */
  private or(inGroup: boolean, negated: boolean): QueryNode {
    const children = [this.and(inGroup, negated)];
    while (this.peek()?.kind === 'or') {
      const op = this.tokens[this.k++]!;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close') fail('danglingOperator', op.at, op.text);
      children.push(this.and(inGroup, negated));
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  private and(inGroup: boolean, negated: boolean): QueryNode {
    const children: QueryNode[] = [];
    for (let t = this.peek(); t && t.kind !== 'or'; t = this.peek()) {
      if (t.kind === 'close') {
        if (!inGroup) fail('unexpectedClose', t.at, t.text);
        break;
      }
      if (t.kind === 'and') {
        this.k++;
        const next = this.peek();
        if (children.length === 0 || !next || next.kind === 'or' || next.kind === 'close' || next.kind === 'and') fail('danglingOperator', t.at, t.text);
        continue;
      }
      children.push(this.unary(negated));
    }
    const here = this.peek() ?? this.tokens[this.k - 1];
    if (children.length === 0) fail('danglingOperator', here?.at ?? 0, here?.text ?? '');
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private unary(negated: boolean): QueryNode {
    const t = this.tokens[this.k]!;
    if (t.kind === 'not') {
      this.k++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'close' || next.kind === 'and') fail('danglingOperator', t.at, t.text);
      return { kind: 'not', child: this.unary(!negated) };
    }
    if (t.kind === 'open') {
      this.k++;
      if (this.peek()?.kind === 'close') fail('emptyGroup', t.at, '()');
      const inner = this.or(true, negated);
      if (this.peek()?.kind !== 'close') fail('missingClose', t.at, '(');
      this.k++;
      return inner;
    }
    this.k++;
    const w = t as Extract<Token, { kind: 'word' }>;
    const leaf: QueryNode = { kind: 'term', term: this.addTerm(w, negated !== w.minus) };
    return w.minus ? { kind: 'not', child: leaf } : leaf;
  }

  private addTerm(w: Extract<Token, { kind: 'word' }>, negated: boolean): number {
    const norm = searchForm(w.text);
    const named = !w.phrase && w.field === 'text' ? namedBy(w.text) : [];
    // Marks at a term's edges say nothing (专精特新“小巨人” ends in ”); a term of marks alone asks for nothing.
    const alternatives = [...new Set([norm, ...named.flatMap((e) => e.terms)].map((a) => a.replace(EDGE_MARKS, '')))].filter((a) => a.length > 0);
    this.terms.push({ text: w.text, phrase: w.phrase, field: w.field, negated, alternatives, expandedFrom: named });
    return this.terms.length - 1;
  }
}

export function parseQuery(raw: string): ParsedQuery {
  try {
    const parser = new Parser(joinNames(tokenize(raw)));
    const root = parser.parse();
    // A term that folds to nothing (a lone mark) matches nothing and is dropped with its node.
    return { raw, terms: parser.terms, root: root && prune(root, parser.terms), error: null };
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { raw, terms: [], root: null, error: e.detail };
    throw e;
  }
}

function prune(node: QueryNode, terms: QueryTerm[]): QueryNode | null {
  if (node.kind === 'term') return terms[node.term]!.alternatives.length > 0 ? node : null;
  if (node.kind === 'not') {
    const child = prune(node.child, terms);
    return child && { kind: 'not', child };
  }
  const children = node.children.map((c) => prune(c, terms)).filter((c): c is QueryNode => c !== null);
  return children.length === 0 ? null : children.length === 1 ? children[0]! : { kind: node.kind, children };
}


/** The terms that count toward relevance and highlighting: those not under a NOT. */
export const positiveTerms = (q: ParsedQuery): QueryTerm[] => q.terms.filter((t) => !t.negated);

export type Range = [start: number, end: number];

/** Where a needle occurs in search-form text. Latin needles must stand as whole words. */
export function occurrences(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  const latin = /^[a-z0-9]/.test(needle) || /[a-z0-9]$/.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (latin && ((/[a-z0-9]/.test(needle[0]!) && /[a-z0-9]/.test(haystack[at - 1] ?? '')) || (/[a-z0-9]/.test(needle.at(-1)!) && /[a-z0-9]/.test(haystack[end] ?? '')))) continue;
    out.push([at, end]);
  }
  return out;
}

/** All matches of the query's positive text terms in a text, as ranges of the original text, merged and sorted, for highlighting. */
export function matchRanges(text: string, query: ParsedQuery, field: 'text' | 'title' = 'text'): Range[] {
  const terms = positiveTerms(query).filter((t) => t.field === 'text' || t.field === field);
  if (terms.length === 0) return [];
  const { text: form, from } = squeezeWithMap(text);
  const ranges = terms.flatMap((t) => t.alternatives.flatMap((a) => occurrences(form, a))).map(([s, e]): Range => [from[s]!, from[e - 1]! + 1]);
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
