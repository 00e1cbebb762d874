// Everything built once per loaded corpus, for every view below it: the facet engine and
// the full-text index (in workers).
import { useMemo, type ReactNode } from 'react';
import { buildEngine } from '../model/engine';
import { EngineContext } from './engine-context';
import type { LoadedCorpus } from './parse-corpus';
import { TextIndexProvider } from './TextIndexProvider';

export function CorpusProvider({ corpus, children }: { corpus: LoadedCorpus; children: ReactNode }) {
  const engine = useMemo(() => buildEngine(corpus.articles, corpus.facetColumns ?? undefined), [corpus]);
  return (
    <EngineContext.Provider value={engine}>
      <TextIndexProvider corpus={corpus}>{children}</TextIndexProvider>
    </EngineContext.Provider>
  );
}
