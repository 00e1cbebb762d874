// What every component may need from the shell around it — the language, the corpus date
// for export provenance, and a way to tell the user something — passed down by the app's
// root, so presentational components never read the store.
import { createContext, useCallback, useContext } from 'react';
import type { Lang } from '../strings/lang';
import { formatNumber, translate, type Message, type StringKey, type Vars } from '../strings/translate';

export interface Shell {
  lang: Lang;
  corpusDate: string;
  notify: (message: Message) => void;
}

export const ShellContext = createContext<Shell>({ lang: 'en', corpusDate: '', notify: () => undefined });

export const useShell = (): Shell => useContext(ShellContext);

export type Translate = (key: StringKey, vars?: Vars) => string;

export function useT(): Translate {
  const { lang } = useShell();
  return useCallback((key, vars) => translate(lang, key, vars), [lang]);
}

/** Counts written the reader's way (24,204), for numbers shown outside a sentence. */
export function useNumber(): (n: number) => string {
  const { lang } = useShell();
  return useCallback((n) => formatNumber(n, lang), [lang]);
}
