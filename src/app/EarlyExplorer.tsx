// The explorer before the index's rows are in: the binary facet index (a few MB) arrives
// long before the JSON index (over 100 MB at 100k articles) is parsed and checked, so the
// facets, their counts and the filter chips work at once, and the list, the search and
// the views follow when the rows do. Filters chosen meanwhile are the store's, so nothing
// is lost when the full explorer takes over.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFacetFile } from './data/corpus-query';
import type { LoadedCorpus } from './data/loaded-corpus';
import { CorpusLoadState } from './features/shell/CorpusNotices';
import { ActiveChips } from './features/facet/ActiveChips';
import { FacetPanel } from './features/facet/FacetPanel';
import { facetIndexFromColumns } from './model/facet-index';
import { facetsOnlyView } from './model/view';
import type { FacetColumns } from '../shared/facet-columns';
import { useExplorer } from './state/store';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Skeleton } from './ui/Skeleton';
import { useNumber, useT } from './ui/shell-context';

/** While the corpus loads: the facets from the binary facet index if it is in, else the loading state (or why loading failed). */
export function CorpusLoading({ corpus }: { corpus: UseQueryResult<LoadedCorpus> }) {
  const facetFile = useFacetFile();
  if (corpus.isPending && facetFile.data?.kind === 'columns') return <EarlyExplorer columns={facetFile.data.columns} />;
  return <CorpusLoadState corpus={corpus} />;
}

function EarlyExplorer({ columns }: { columns: FacetColumns }) {
  const t = useT();
  const num = useNumber();
  const set = useExplorer((s) => s.filters.set);
  const subject = useMemo(() => facetIndexFromColumns(columns, 'subject'), [columns]);
  const wide = useMemo(() => (set.places === 'wide' ? facetIndexFromColumns(columns, 'wide') : null), [columns, set.places]);
  const view = useMemo(() => facetsOnlyView(wide ?? subject, set), [subject, wide, set]);
  const onTopic = useMemo(() => columns.onTopic.reduce((n, x) => n + x, 0), [columns]);
  if (!view) return <Skeleton label={t('loading')} />;
  return (
    <>
      <ErrorBoundary name="filters"><ActiveChips /></ErrorBoundary>
      <main id="results" tabIndex={-1} className="layout early">
        <ErrorBoundary name="facets"><FacetPanel view={view} offTopicHidden={columns.articles - onTopic} /></ErrorBoundary>
        <section className="results" aria-busy="true" aria-label={t('results')}>
          <p role="status" className="count">{t('matching', { n: view.numbers.length, total: view.total })}</p>
          <p className="muted">{t('rowsLoading', { n: num(view.total) })}</p>
          <Skeleton label={t('loading')} />
        </section>
      </main>
    </>
  );
}
