// The view the app would show for a full corpus, with search answered by the plain
// reference scan: what the fast paths and the browser are checked against.
import { articleMeta } from '../../src/shared/compact';
import type { Article, ArticleMeta } from '../../src/shared/schema';
import { engineOfArticles } from '../../src/app/model/engine';
import { EMPTY_SET, type ResultSet, type SortOrder } from '../../src/app/model/filters';
import { parseQuery } from '../../src/shared/search/query';
import { buildSearchIndex } from '../../src/shared/search/search';
import { scoresToHits, searchScores } from './reference-search';
import { computeView, type View } from '../../src/app/model/view';

/** The view, with its results' rows (what the app fetches from its row store) beside the numbers. */
export type ViewWithRows = View & { results: ArticleMeta[]; ignoring: ArticleMeta[] };

export function referenceView(articles: Article[]): (patch: Partial<ResultSet> & { sort?: SortOrder }) => ViewWithRows {
  const metas = articles.map((a) => articleMeta(a, 0));
  const engine = engineOfArticles(metas);
  const texts = buildSearchIndex(articles);
  return ({ sort = 'auto', ...patch }) => {
    const scores = searchScores(texts, parseQuery(patch.q ?? ''));
    const view = computeView(engine, { ...EMPTY_SET, ...patch }, sort, scores && scoresToHits(scores, texts.ids));
    return { ...view, results: Array.from(view.numbers, (n) => metas[n]!), ignoring: Array.from(view.ignoringDates, (n) => metas[n]!) };
  };
}
