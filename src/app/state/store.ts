// The one store of the explorer. Filters are mirrored in the URL (see url-sync);
// the language preference and notices live only here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import { DEFAULT_FILTERS, EMPTY_SET, toggleExcluded, toggleValue, type FacetId, type Filters, type ResultSet, type ViewState } from '../model/filters';
import type { Lang } from '../strings/lang';
import { guardedStateStorage, reportStorageProblem } from './storage-problems';
import type { Message } from '../strings/translate';

/** A notice is a message with an id to dismiss it by. */
export type Notice = Message & { id: number };

const noticeKey = (m: Message) => ('text' in m ? `text:${m.text}` : `${m.key}:${JSON.stringify(m.vars ?? {})}`);

interface ExplorerState {
  filters: Filters;
  lang: Lang;
  notices: Notice[];
  /** Presentation mode is on (not part of a link: a colleague opening it gets the explorer). */
  presenting: boolean;
  setPresenting: (on: boolean) => void;
  /** Changes which articles match (a facet, the dates, the query, the scope), and with it, if given, the view: one history step. */
  refine: (patch: Partial<ResultSet>, view?: Partial<ViewState>) => void;
  /** Changes how they are looked at (tab, sort, open article, timeline, pins). */
  setView: (patch: Partial<ViewState>) => void;
  replaceFilters: (filters: Filters) => void;
  /** Opens a result set (a saved view) in the current view, with no article open. */
  openSet: (set: ResultSet) => void;
  toggle: (facet: FacetId, value: string) => void;
  /** Filters a value out (Kibana's "filter out"), or lets it back in. */
  toggleExcluded: (facet: FacetId, value: string) => void;
  selectMany: (facet: FacetId, values: string[], on: boolean) => void;
  clearAll: () => void;
  setLang: (lang: Lang) => void;
  notify: (message: Message) => void;
  dismiss: (id: number) => void;
}

let noticeId = 0;

// Defined before the store: the store rehydrates (and reads this) while it is created.
/** What may be persisted, field by field: one bad or unknown value is dropped (and said so), the rest kept. */
const PERSISTED = { lang: z.enum(['en', 'zh']) } as const;


export const useExplorer = create<ExplorerState>()(
  persist(
    (set) => ({
      filters: DEFAULT_FILTERS,
      lang: 'en',
      notices: [],
      presenting: false,
      setPresenting: (presenting) => set({ presenting }),
      refine: (patch, view) => set((s) => ({ filters: { set: { ...s.filters.set, ...patch }, view: view ? { ...s.filters.view, ...view } : s.filters.view } })),
      // Opening another article (or closing it) leaves the paragraph a concordance line pointed at.
      setView: (patch) => set((s) => ({ filters: { ...s.filters, view: { ...s.filters.view, ...('article' in patch && !('paragraph' in patch) ? { paragraph: null } : {}), ...patch } } })),
      replaceFilters: (filters) => set({ filters }),
      openSet: (next) => set((s) => ({ filters: { set: next, view: { ...s.filters.view, article: null } } })),
      toggle: (facet, value) => set((s) => ({ filters: { ...s.filters, set: toggleValue(s.filters.set, facet, value) } })),
      toggleExcluded: (facet, value) => set((s) => ({ filters: { ...s.filters, set: toggleExcluded(s.filters.set, facet, value) } })),
      selectMany: (facet, values, on) =>
        set((s) => {
          const current = s.filters.set[facet].filter((v) => !values.includes(v));
          return { filters: { ...s.filters, set: { ...s.filters.set, [facet]: on ? [...current, ...values] : current } } };
        }),
      // Clearing the filters keeps how the results are looked at: the tab, the sort and the pins.
      clearAll: () => set((s) => ({ filters: { set: EMPTY_SET, view: { ...s.filters.view, article: null } } })),
      setLang: (lang) => set({ lang }),
      // The same notice twice (a remount re-reading the URL) is shown once.
      notify: (message) => set((s) => (s.notices.some((n) => noticeKey(n) === noticeKey(message)) ? s : { notices: [...s.notices, { ...message, id: ++noticeId }] })),
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    }),
    {
      name: 'srdi-explorer',
      storage: createJSONStorage(() => guardedStateStorage()),
      partialize: (s) => ({ lang: s.lang }),
      merge: (stored, current) => ({ ...current, ...readPersisted(stored) }),
    },
  ),
);


function readPersisted(stored: unknown): Partial<Pick<ExplorerState, 'lang'>> {
  if (stored === undefined || stored === null) return {};
  const ignored: string[] = [];
  const out: Partial<Pick<ExplorerState, 'lang'>> = {};
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    reportStorageProblem({ key: 'settingsIgnored', vars: { fields: typeof stored } });
    return {};
  }
  for (const [field, value] of Object.entries(stored)) {
    if (field === 'lang') {
      const lang = PERSISTED.lang.safeParse(value);
      if (lang.success) out.lang = lang.data;
      else ignored.push(field);
    } else ignored.push(field);
  }
  if (ignored.length) reportStorageProblem({ key: 'settingsIgnored', vars: { fields: ignored.slice(0, 5).join(', ') } });
  return out;
}
