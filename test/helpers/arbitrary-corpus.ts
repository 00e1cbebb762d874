// Random corpora, filter states and queries in the full language, for the property tests
// that hold a fast path (the bitsets, the bigram index, the team server) to a reference.
import fc from 'fast-check';
import type { Article } from '../../src/shared/schema';
import { EMPTY_SET, type ResultSet, type SortOrder } from '../../src/shared/result-set';

const REGIONS = ['北京', '湖南', '广西', '上海'];
const CITIES = ['长沙', '北京', '来宾'];
const INDUSTRIES = ['chips', 'ai', 'low-altitude-economy'];
const TOPICS = ['listing', 'financing', 'talent'];
const OUTLETS = ['中新网', '经济参考报', null];
const CHARS = ['专', '精', '特', '新', '小', '巨', '人', '芯', '片', '低', '空', 'A', 'I', ' ', '，', '。', '“', '”', '·'];
const DOCUMENTS = [{ title: '中小企业促进法', shortName: null }, { title: '关于促进专精特新发展的意见', shortName: '意见' }];
const WORDS = ['专精', '专专', '小巨人', '芯片', '低空', 'AI', '"专精特新"', '巨', 'ai 芯', '专精特新小巨人', '“小巨人”', 'Hubei', 'chips'];

/** Random queries in the full language: terms, phrases, fields, NOT, OR, groups. */
export const query: fc.Arbitrary<string> = fc.letrec<{ q: string; leaf: string }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom('title:芯片', 'title:"小巨人"', 'outlet:中新网', 'outlet:经济参考报', 'doc:促进法', 'doc:意见'),
  ),
  q: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `(${a} OR ${b})`),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `${a} | ${b}`),
    tie('leaf').map((a) => `-${a}`),
    tie('q').map((a) => `NOT (${a})`),
  ),
})).q;

const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((a) => a.join(''));
const date = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2024, max: 2026 }).map(String),
  fc.tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const subset = <T,>(xs: T[]) => fc.subarray(xs);

const place = fc.record({
  province: fc.constantFrom(...REGIONS), city: fc.constantFrom(null, ...CITIES), role: fc.constantFrom('subject' as const, 'venue' as const, 'dateline' as const, 'mention' as const),
  evidence: fc.constant(''),
});
const article = fc.record({
  title: fc.option(text.filter((t) => t.length > 0), { nil: null }), body: text, date, regions: subset(REGIONS), cities: subset(CITIES), places: fc.array(place, { maxLength: 4 }), industries: subset(INDUSTRIES),
  topics: subset(TOPICS), outlet: fc.constantFrom(...OUTLETS), kind: fc.constantFrom('article' as const, 'brief' as const), onTopic: fc.boolean(),
  documents: fc.subarray(DOCUMENTS),
});
export const corpus = fc.array(article, { maxLength: 70 }).map((xs) =>
  xs.map((x, i): Article => ({
    id: `a${i}`, kind: x.kind, title: x.title, byline: null, signoff: null, paragraphs: [x.body], body: x.body, date: x.date,
    datePrecision: x.date === null ? null : x.date.length === 4 ? 'year' : x.date.length === 7 ? 'month' : 'day', dateEvidence: '',
    outlet: x.outlet, source: { file: 'f.txt', lineStart: 1, lineEnd: 1 }, regions: x.regions, cities: x.cities, places: x.places, industries: x.industries,
    topics: x.topics, figures: [], documents: x.documents.map((d) => ({ ...d, period: null })), onTopic: x.onTopic,
  })),
);
const bound = fc.option(fc.tuple(fc.integer({ min: 2024, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`), { nil: null });
export const filters = fc.record({
  region: subset([...REGIONS, '西藏']), city: subset(CITIES), industry: subset(INDUSTRIES), topic: subset(TOPICS), outlet: subset(['中新网', '∅']),
  kind: subset(['article', 'brief']), document: subset(DOCUMENTS.map((d) => d.title)), from: bound, to: bound, exactDates: fc.boolean(), onTopicOnly: fc.boolean(), places: fc.constantFrom('subject' as const, 'wide' as const),
  q: fc.oneof(fc.constant(''), query),
  sort: fc.constantFrom('auto' as const, 'relevance' as const, 'newest' as const, 'oldest' as const),
  // Filtered-out values, kept apart from the selected ones (a value is either, as the URL parser keeps it).
  exclude: fc.record({ region: subset([...REGIONS, '西藏']), city: subset(CITIES), industry: subset(INDUSTRIES), topic: subset(TOPICS), outlet: subset(['中新网', '∅']), kind: subset(['article', 'brief']), document: subset(DOCUMENTS.map((d) => d.title)) }),
}).map((f): ResultSet & { sort: SortOrder } => ({
  ...EMPTY_SET, ...f,
  exclude: Object.fromEntries(Object.entries(f.exclude).map(([k, vs]) => [k, vs.filter((v) => !(f[k as keyof typeof f.exclude] as string[]).includes(v))])) as ResultSet['exclude'],
}));


const TEXT_WORDS = ['专精特新', '小巨人', '低空经济', '机器人', '人形机器人', '芯片', '半导体', '中小企业', '北京', '湖南', '“专精特新”', 'AI', '无人机', '的', '发展 企业', 'title:企业', 'doc:意见'];

/** Queries over real text: words the seeds use, combined with the language's operators. */
const realQuery: fc.Arbitrary<string> = fc.letrec<{ q: string; leaf: string }>((tie) => ({
  leaf: fc.constantFrom(...TEXT_WORDS),
  q: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(tie('q'), tie('q')).map(([a, b]) => `(${a} OR ${b})`),
    tie('leaf').map((a) => `-${a}`),
  ),
})).q;

/** Filter states over a corpus's own values (a few of each facet, one the corpus lacks), dates, queries, scopes and sorts. */
export function filtersOver(articles: readonly Article[]): fc.Arbitrary<ResultSet & { sort: SortOrder }> {
  const valuesOf = (f: (a: Article) => readonly (string | null)[]) => [...new Set(articles.flatMap(f).map((v) => v ?? '∅'))].slice(0, 12);
  const pool = {
    region: [...valuesOf((a) => a.regions), '西藏'], city: valuesOf((a) => a.cities), industry: valuesOf((a) => a.industries), topic: valuesOf((a) => a.topics),
    outlet: valuesOf((a) => [a.outlet]), kind: ['article', 'brief'], document: valuesOf((a) => a.documents.map((d) => d.title)),
  };
  const few = (xs: string[]) => fc.subarray(xs, { maxLength: Math.min(2, xs.length) });
  const month = fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
  return fc.record({
    pick: fc.record({ region: few(pool.region), city: few(pool.city), industry: few(pool.industry), topic: few(pool.topic), outlet: few(pool.outlet), kind: few(pool.kind), document: few(pool.document) }),
    drop: fc.record({ region: few(pool.region), city: few(pool.city), industry: few(pool.industry), topic: few(pool.topic), outlet: few(pool.outlet), kind: few(pool.kind), document: few(pool.document) }),
    // Most states have only a few facets set, as analysts' do.
    keep: fc.array(fc.integer({ min: 0, max: 4 }).map((x) => x === 0), { minLength: 7, maxLength: 7 }),
    from: fc.option(month, { nil: null, freq: 2 }), to: fc.option(month, { nil: null, freq: 2 }), exactDates: fc.boolean(), onTopicOnly: fc.boolean(),
    places: fc.constantFrom('subject' as const, 'wide' as const), q: fc.oneof(fc.constant(''), realQuery),
    sort: fc.constantFrom('auto' as const, 'relevance' as const, 'newest' as const, 'oldest' as const),
  }).map((s): ResultSet & { sort: SortOrder } => {
    const keys = Object.keys(pool) as (keyof typeof pool)[];
    const chosen = Object.fromEntries(keys.map((k, i) => [k, s.keep[i] ? s.pick[k] : []])) as Record<keyof typeof pool, string[]>;
    const dropped = Object.fromEntries(keys.map((k, i) => [k, s.keep[(i + 3) % 7] ? s.drop[k].filter((v) => !chosen[k].includes(v)) : []])) as ResultSet['exclude'];
    return { ...EMPTY_SET, ...chosen, exclude: dropped, from: s.from, to: s.to, exactDates: s.exactDates, onTopicOnly: s.onTopicOnly, places: s.places, q: s.q, sort: s.sort };
  });
}
