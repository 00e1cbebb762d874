// The indexes the main thread builds once per corpus: facet bitsets over the facet
// columns, the date order and the ids. No article row is needed: the rows (titles, leads,
// figures) are fetched on demand from where they live (see data/row-store.ts), and full
// text is indexed off the main thread (see data/text-index.ts).
import type { ArticleMeta } from '../../shared/schema';
import { buildFacetColumns, newestFirstOrder, type FacetColumns } from '../../shared/facet-columns';
import { facetIndexFromColumns, type FacetIndex } from './facet-index';
import type { PlaceScope } from './filters';

export interface Engine {
  /** How many articles the corpus has; article numbers run 0 … size − 1. */
  size: number;
  /** Each article's id, by article number. */
  ids: readonly string[];
  /** Over the subject places; the wide index (venues and datelines too) is built when first asked for. */
  facets: FacetIndex;
  /** Article numbers newest first (ties by id): sorting a result set is a walk along it. */
  newestFirst: Uint32Array;
  /** How many articles are on topic (what the default scope counts out of). */
  onTopicCount: number;
  /** The facet columns both place scopes' indexes are built from. */
  columns: FacetColumns;
}

/** The engine of a corpus from its facet columns and ids (both by article number). */
export function buildEngine(ids: readonly string[], columns: FacetColumns): Engine {
  if (ids.length !== columns.articles) throw new Error(`${ids.length} ids for facet columns of ${columns.articles} articles`);
  let onTopicCount = 0;
  for (let i = 0; i < columns.onTopic.length; i++) onTopicCount += columns.onTopic[i]!;
  return { size: ids.length, ids, columns, facets: facetIndexFromColumns(columns), newestFirst: newestFirstOrder(ids, columns.spanStart), onTopicCount };
}

/** The engine of articles in hand (a corpus opened from a file, tests); `columns` when already built for them. */
export function engineOfArticles(articles: readonly ArticleMeta[], columns: FacetColumns = buildFacetColumns(articles)): Engine {
  return buildEngine(articles.map((a) => a.id), columns);
}

const wideIndexes = new WeakMap<Engine, FacetIndex>();

/** The facet index for a place scope: the subject one always, the wide one on first use. */
export function facetsFor(engine: Engine, scope: PlaceScope): FacetIndex {
  if (scope === 'subject') return engine.facets;
  let ix = wideIndexes.get(engine);
  if (!ix) wideIndexes.set(engine, (ix = facetIndexFromColumns(engine.columns, 'wide')));
  return ix;
}

const numberMaps = new WeakMap<Engine, Map<string, number>>();

/** An article's number from its id (a link's selected article); −1 when the corpus has no such article. */
export function numberOf(engine: Engine, id: string): number {
  let map = numberMaps.get(engine);
  if (!map) numberMaps.set(engine, (map = new Map(engine.ids.map((x, i) => [x, i]))));
  return map.get(id) ?? -1;
}
