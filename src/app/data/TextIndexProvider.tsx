// One text index per loaded corpus, shared by every view through context. Workers are
// used where the browser has them; elsewhere the same shard code runs on the main thread.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LoadedCorpus } from './loaded-corpus';
import { createLocalHost } from './text-host';
import { createTextIndex, type TextIndex, type TextStatus } from './text-index';
import { createWorkerHost, stopSpareTextWorkers, textWorkerCount } from './worker-host';

const TextIndexContext = createContext<TextIndex | null>(null);

/**
 * The index is created in an effect, not during render: workers are a resource, and an
 * effect pairs each creation with its disposal (also under StrictMode's double mount).
 * Children render once the index for *this* corpus exists.
 */
export function TextIndexProvider({ corpus, children }: { corpus: LoadedCorpus; children: ReactNode }) {
  const [current, setCurrent] = useState<{ corpus: LoadedCorpus; index: TextIndex } | null>(null);
  useEffect(() => {
    const index = typeof Worker === 'function' ? createTextIndex(corpus, createWorkerHost, textWorkerCount()) : createTextIndex(corpus, () => createLocalHost(), 1);
    stopSpareTextWorkers();
    // A corpus numbered before its rows were read checks them once the texts are in: the
    // check's parsing then does not compete with the text workers for the cores.
    const checkWhenReady = () => {
      if (index.status().ready) corpus.check?.();
    };
    const unsubscribe = index.subscribe(checkWhenReady);
    checkWhenReady();
    // The index is a resource made here and disposed of below; state is how it reaches render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCurrent({ corpus, index });
    return () => {
      unsubscribe();
      index.dispose();
    };
  }, [corpus]);
  if (current?.corpus !== corpus) return null;
  return <TextIndexContext.Provider value={current.index}>{children}</TextIndexContext.Provider>;
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
