// The one store of the explorer. Filters are mirrored in the URL (see url-sync);
// the language preference and notices live only here.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { clearFilters, DEFAULT_FILTERS, toggleValue, type FacetId, type Filters } from '../model/filters';
import type { Lang } from '../model/lang';

export interface Notice {
  id: number;
  text: string;
}

interface ExplorerState {
  filters: Filters;
  lang: Lang;
  notices: Notice[];
  /** The loaded corpus's date, for export provenance. */
  corpusDate: string;
  setCorpusDate: (date: string) => void;
  setFilters: (patch: Partial<Filters>) => void;
  replaceFilters: (filters: Filters) => void;
  toggle: (facet: FacetId, value: string) => void;
  selectMany: (facet: FacetId, values: string[], on: boolean) => void;
  clearAll: () => void;
  setLang: (lang: Lang) => void;
  notify: (text: string) => void;
  dismiss: (id: number) => void;
}

let noticeId = 0;

export const useExplorer = create<ExplorerState>()(
  persist(
    (set) => ({
      filters: DEFAULT_FILTERS,
      lang: 'en',
      notices: [],
      corpusDate: '',
      setCorpusDate: (corpusDate) => set({ corpusDate }),
      setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      replaceFilters: (filters) => set({ filters }),
      toggle: (facet, value) => set((s) => ({ filters: toggleValue(s.filters, facet, value) })),
      selectMany: (facet, values, on) =>
        set((s) => {
          const current = s.filters[facet].filter((v) => !values.includes(v));
          return { filters: { ...s.filters, [facet]: on ? [...current, ...values] : current } };
        }),
      clearAll: () => set((s) => ({ filters: clearFilters(s.filters) })),
      setLang: (lang) => set({ lang }),
      // The same notice twice (a remount re-reading the URL) is shown once.
      notify: (text) => set((s) => (s.notices.some((n) => n.text === text) ? s : { notices: [...s.notices, { id: ++noticeId, text }] })),
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    }),
    { name: 'srdi-explorer', partialize: (s) => ({ lang: s.lang }) },
  ),
);
