// The view the app would show for a full corpus, with search answered by the plain
// reference scan: what the fast paths and the browser are checked against.
import { articleMeta } from '../../src/shared/compact';
import type { Article } from '../../src/shared/schema';
import { buildEngine } from '../../src/app/model/engine';
import { EMPTY_SET, type ResultSet, type SortOrder } from '../../src/app/model/filters';
import { parseQuery } from '../../src/app/model/query';
import { buildSearchIndex } from '../../src/app/model/search';
import { scoresToHits, searchScores } from './reference-search';
import { computeView, type View } from '../../src/app/model/view';

export function referenceView(articles: Article[]): (patch: Partial<ResultSet> & { sort?: SortOrder }) => View {
  const engine = buildEngine(articles.map((a) => articleMeta(a, 0)));
  const texts = buildSearchIndex(articles);
  return ({ sort = 'auto', ...patch }) => {
    const scores = searchScores(texts, parseQuery(patch.q ?? ''));
    return computeView(engine, { ...EMPTY_SET, ...patch }, sort, scores && scoresToHits(scores, texts.ids));
  };
}
