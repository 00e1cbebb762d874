// The indexes the main thread builds once per corpus: facet bitsets over the compact
// metadata. Full text is indexed off the main thread (see data/text-index.ts).
import type { ArticleMeta } from '../../shared/schema';
import { dateSortKey } from './dates';
import { buildFacetIndex, type FacetIndex } from './facet-index';

export interface Engine {
  articles: ArticleMeta[];
  facets: FacetIndex;
  /** Per article, the key "newest first" sorts on (see dateSortKey). */
  sortKeys: string[];
}

export function buildEngine(articles: ArticleMeta[]): Engine {
  return { articles, facets: buildFacetIndex(articles), sortKeys: articles.map((a) => dateSortKey(a.date)) };
}
