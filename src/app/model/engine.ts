// The indexes built once per corpus: search text, character bigrams and facet bitsets.
import type { Article } from '../../shared/schema';
import { buildFacetIndex, type FacetIndex } from './facet-index';
import { buildNgramIndex, buildSearchIndex, type NgramIndex } from './search';

export interface Engine {
  articles: Article[];
  ngrams: NgramIndex;
  facets: FacetIndex;
}

export function buildEngine(articles: Article[]): Engine {
  return { articles, ngrams: buildNgramIndex(buildSearchIndex(articles)), facets: buildFacetIndex(articles) };
}
