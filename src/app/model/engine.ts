// The indexes the main thread builds once per corpus: facet bitsets over the compact
// metadata. Full text is indexed off the main thread (see data/text-index.ts).
import type { ArticleMeta } from '../../shared/schema';
import { dateSortKey } from './dates';
import { buildFacetColumns, type FacetColumns } from '../../shared/facet-columns';
import { facetIndexFromColumns, type FacetIndex } from './facet-index';
import type { PlaceScope } from './filters';

export interface Engine {
  articles: ArticleMeta[];
  /** Over the subject places; the wide index (venues and datelines too) is built when first asked for. */
  facets: FacetIndex;
  /** Article numbers newest first (ties by id): sorting a result set is a walk along it. */
  newestFirst: Uint32Array;
  /** How many articles are on topic (what the default scope counts out of). */
  onTopicCount: number;
  /** The facet columns both place scopes' indexes are built from. */
  columns: FacetColumns;
}

/** `columns`: the binary facet index's, when it describes exactly these articles; else built from them. */
export function buildEngine(articles: ArticleMeta[], columns: FacetColumns = buildFacetColumns(articles)): Engine {
  const keys = articles.map((a) => dateSortKey(a.date));
  const order = Array.from(articles, (_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? 1 : keys[a]! > keys[b]! ? -1 : articles[a]!.id < articles[b]!.id ? -1 : articles[a]!.id > articles[b]!.id ? 1 : 0));
  return { articles, columns, facets: facetIndexFromColumns(columns), newestFirst: Uint32Array.from(order), onTopicCount: articles.reduce((n, a) => n + (a.onTopic ? 1 : 0), 0) };
}

const wideIndexes = new WeakMap<Engine, FacetIndex>();

/** The facet index for a place scope: the subject one always, the wide one on first use. */
export function facetsFor(engine: Engine, scope: PlaceScope): FacetIndex {
  if (scope === 'subject') return engine.facets;
  let ix = wideIndexes.get(engine);
  if (!ix) wideIndexes.set(engine, (ix = facetIndexFromColumns(engine.columns, 'wide')));
  return ix;
}
