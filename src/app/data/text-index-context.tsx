// One text index per loaded corpus, shared by every view through context. Workers are
// used where the browser has them; elsewhere the same shard code runs on the main thread.
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { LoadedCorpus } from './parse-corpus';
import { createLocalHost } from './text-host';
import { createTextIndex, type TextIndex, type TextStatus } from './text-index';
import { createWorkerHost } from './worker-host';

const TextIndexContext = createContext<TextIndex | null>(null);

/** Two shards use both cores of a small laptop; more only pay off on bigger machines. */
function shardCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(2, Math.min(4, cores - 1));
}

export function TextIndexProvider({ corpus, children }: { corpus: LoadedCorpus; children: ReactNode }) {
  const index = useMemo(
    () => (typeof Worker === 'function' ? createTextIndex(corpus, createWorkerHost, shardCount()) : createTextIndex(corpus, () => createLocalHost(), 1)),
    [corpus],
  );
  useEffect(() => () => index.dispose(), [index]);
  return <TextIndexContext.Provider value={index}>{children}</TextIndexContext.Provider>;
}

export function useTextIndex(): TextIndex {
  const index = useContext(TextIndexContext);
  if (!index) throw new Error('useTextIndex needs a TextIndexProvider');
  return index;
}

export function useTextStatus(): TextStatus {
  const index = useTextIndex();
  return useSyncExternalStore(index.subscribe, index.status);
}
