// Synthetic corpora derived from the seed corpus: same field distributions, real Chinese
// paragraphs recombined, dates spread over years, many regions, industries and topics.
// Deterministic for a given seed, so benchmark runs compare like with like.
import { SCHEMA_VERSION, type Article, type Corpus } from '../../src/shared/schema';
import { INDUSTRIES } from '../../src/shared/taxonomy/industries';
import { CITIES, PROVINCES } from '../../src/shared/taxonomy/regions';
import { TOPICS } from '../../src/shared/taxonomy/topics';
import { rng } from '../../src/app/model/random';

export { rng };

export function generateCorpus(seed: Corpus, n: number, randomSeed = 42): Corpus {
  const r = rng(randomSeed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T,>(xs: readonly T[], max: number): T[] => xs.length === 0 ? [] : [...new Set(Array.from({ length: Math.floor(r() * (max + 1)) }, () => pick(xs)))];
  const paragraphs = seed.articles.flatMap((a) => a.paragraphs).filter((p) => p.length > 20);
  const titles = seed.articles.map((a) => a.title).filter((t): t is string => !!t);
  const outlets = [...new Set(seed.articles.map((a) => a.outlet).filter((o): o is string => !!o)), ...PROVINCES.map((p) => `${p.short}日报`)];
  const figures = seed.articles.flatMap((a) => a.figures);
  const provinceCities = new Map(PROVINCES.map((p) => [p.short, CITIES.filter((c) => c.province === p.code).map((c) => c.short)]));
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick(paragraphs));
    const precision = r() < 0.45 ? 'day' : r() < 0.5 ? 'month' : 'year';
    const y = 2019 + Math.floor(r() * 8);
    const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const regions = some(PROVINCES.map((p) => p.short), 3);
    const cities = regions.flatMap((p) => some(provinceCities.get(p) ?? [], 1));
    const onTopic = r() < 0.86;
    articles.push({
      id: `gen-${String(i).padStart(6, '0')}`,
      kind: r() < 0.2 ? 'brief' : 'article',
      title: r() < 0.03 ? null : `${pick(titles)}${r() < 0.5 ? '' : `（${i}）`}`,
      byline: null,
      signoff: null,
      paragraphs: body,
      body: body.join('\n'),
      date: precision === 'day' ? `${y}-${m}-${d}` : precision === 'month' ? `${y}-${m}` : String(y),
      datePrecision: precision,
      dateEvidence: 'synthetic',
      outlet: r() < 0.3 ? null : pick(outlets),
      source: { file: `gen-${Math.floor(i / 5)}.txt`, lineStart: 1, lineEnd: 10 },
      regions,
      places: regions.map((province) => ({ province, city: null, role: 'subject' as const, evidence: province })),
      cities,
      industries: onTopic ? some(INDUSTRIES.map((x) => x.id), 3) : [],
      topics: onTopic ? [pick(TOPICS).id, ...some(TOPICS.map((x) => x.id), 2)].filter((v, k, a) => a.indexOf(v) === k) : [],
      figures: some(figures, 4).map((f) => ({ ...f, paragraph: 0 })),
      documents: [],
      onTopic,
    });
  }
  return { schemaVersion: SCHEMA_VERSION, generatedAt: seed.generatedAt, sources: [], articles };
}

/** Raw pages for the pipeline: five stories per page in the Markdown-headed layout. */
export function generatePages(corpus: Corpus): { file: string; bytes: Uint8Array }[] {
  const enc = new TextEncoder();
  const pages: { file: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < corpus.articles.length; i += 5) {
    const text = corpus.articles
      .slice(i, i + 5)
      .map((a) => `## ${a.title ?? '无题'}\n\n${a.paragraphs.join('\n\n')}\n\n(来源：${a.outlet ?? '新华网'})\n`)
      .join('\n');
    pages.push({ file: `page-${i / 5}.txt`, bytes: enc.encode(`登录 | 注册\n\n${text}\n版权所有 © 示例网\n`) });
  }
  return pages;
}
