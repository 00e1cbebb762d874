// The view the app would show for a full corpus, with search answered by the plain
// reference scan: what the fast paths and the browser are checked against.
import { articleMeta } from '../../src/shared/compact';
import type { Article } from '../../src/shared/schema';
import { buildEngine } from '../../src/app/model/engine';
import { DEFAULT_FILTERS, type Filters } from '../../src/app/model/filters';
import { parseQuery } from '../../src/app/model/query';
import { buildSearchIndex, scoresToHits, searchScores } from '../../src/app/model/search';
import { computeView, type View } from '../../src/app/model/view';

export function referenceView(articles: Article[]): (patch: Partial<Filters>) => View {
  const engine = buildEngine(articles.map((a) => articleMeta(a, 0)));
  const texts = buildSearchIndex(articles);
  return (patch) => {
    const scores = searchScores(texts, parseQuery(patch.q ?? ''));
    return computeView(engine, { ...DEFAULT_FILTERS, ...patch }, scores && scoresToHits(scores, texts.ids));
  };
}
