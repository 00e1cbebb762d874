// Everything built once per loaded corpus, for every view below it: the facet engine, the
// store the rows are fetched from, and the full-text index (in workers).
import { useMemo, type ReactNode } from 'react';
import { buildEngine } from '../model/engine';
import { EngineContext } from './engine-context';
import type { LoadedCorpus } from './loaded-corpus';
import { RowStoreContext } from './rows-query';
import { TextIndexProvider } from './TextIndexProvider';

export function CorpusProvider({ corpus, children }: { corpus: LoadedCorpus; children: ReactNode }) {
  const engine = useMemo(() => buildEngine(corpus.ids, corpus.facetColumns), [corpus]);
  return (
    <EngineContext.Provider value={engine}>
      <RowStoreContext.Provider value={corpus.rows}>
        <TextIndexProvider corpus={corpus}>{children}</TextIndexProvider>
      </RowStoreContext.Provider>
    </EngineContext.Provider>
  );
}
