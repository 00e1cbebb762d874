// The facet engine of the loaded corpus, built once by the app's root and shared through
// context: every view asks it (through `useView`) rather than building its own.
import { createContext, useContext } from 'react';
import type { Engine } from '../model/engine';

export const EngineContext = createContext<Engine | null>(null);

export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine needs an EngineContext provider');
  return engine;
}
