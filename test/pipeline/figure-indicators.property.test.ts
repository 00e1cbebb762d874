// Every indicator the pipeline writes is a complete noun phrase taken from its sentence:
// checked here over every figure of the seeds and the unseen-page fixtures, with rules of
// the test's own (not the pipeline's soundness check, which would make this circular).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusFromPages } from '../../src/pipeline/build-corpus';
import { silentLogger } from '../../src/pipeline/logger';
import type { Figure } from '../../src/shared/schema';
import { readPages, seedCorpus } from '../helpers/seed-corpus';

const PARTICLE_OR_VERB_END = /(?:的|了|和|及|与|等|从|将|已|会|在|被|把|向|为|对|于|以|或|并|作|是|有|达|到|至|超|近|约|占|支持|培育|设立|打造|推动|显示|表示)$/u;
const PARTICLE_START = /^(?:的|了|和|及|与|等|并|而|将|已|会|被|把|于|以|占|为|对)/u;
/** Words the pipeline may add to make a phrase read as a measure. */
const ADDED = /的|数量|次数|人次|比重|占比|占/gu;

/** Greedy longest match: a piece is grounded when it is a sequence of 2+-character substrings of the evidence. */
function splitsIntoWordsOf(piece: string, evidence: string): boolean {
  for (let i = 0; i < piece.length; ) {
    let len = piece.length - i;
    while (len >= 2 && !evidence.includes(piece.slice(i, i + len))) len--;
    if (len < 2) return piece.length - i === 1 && evidence.includes(piece.slice(i));
    i += len;
  }
  return true;
}

function allFigures(): Figure[] {
  const unseen = buildCorpusFromPages(readPages(join(__dirname, '../fixtures/unseen')), silentLogger);
  return [...seedCorpus().articles, ...unseen.articles].flatMap((a) => a.figures);
}

describe('indicators of every figure in the seeds and fixtures', () => {
  const named = allFigures().filter((f): f is Figure & { indicator: string } => f.indicator !== null);

  it('are numerous enough to mean something', () => {
    expect(named.length).toBeGreaterThan(100);
  });

  it('never end in a particle or verb, never start with a particle, hold no number', () => {
    const bad = named.filter((f) => PARTICLE_OR_VERB_END.test(f.indicator) || PARTICLE_START.test(f.indicator) || /\d/u.test(f.indicator));
    expect(bad.map((f) => f.indicator)).toEqual([]);
  });

  it('are made of the sentence’s own words: each piece splits into words of two or more characters found in the evidence', () => {
    const squash = (s: string) => s.replace(/[\s“”"'‘’()（）《》]/gu, '');
    const ungrounded = named.filter((f) => {
      const evidence = squash(f.evidence);
      return squash(f.indicator).split(ADDED).some((piece) => !splitsIntoWordsOf(piece, evidence));
    });
    expect(ungrounded.map((f) => `${f.indicator} ← ${f.evidence}`)).toEqual([]);
  });

  it('have balanced quotes', () => {
    expect(named.filter((f) => (f.indicator.match(/“/gu) ?? []).length !== (f.indicator.match(/”/gu) ?? []).length).map((f) => f.indicator)).toEqual([]);
  });

  it('line up under a key without quotes or a national prefix', () => {
    for (const f of named) if (f.indicatorKey !== null) expect(f.indicatorKey).not.toMatch(/[“”"\s]|^全国|^我国/u);
  });
});
