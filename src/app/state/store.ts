// The one store of the explorer. Filters are mirrored in the URL (see url-sync);
// the language preference and notices live only here.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { z } from 'zod';
import { clearFilters, DEFAULT_FILTERS, toggleValue, type FacetId, type Filters } from '../model/filters';
import type { Lang } from '../model/lang';
import { guardedStateStorage, reportStorageProblem } from './storage-problems';
import type { StringKey } from '../ui/i18n';

/**
 * A notice is stored as a string key and its values, and translated when shown, so a
 * language switch translates the notices already on screen. Text from outside the app's
 * strings (a parser's message naming a field) is kept as `text`.
 */
export type NoticeMessage = { key: StringKey; vars?: Record<string, string | number> } | { text: string };
export type Notice = NoticeMessage & { id: number };

const noticeKey = (m: NoticeMessage) => ('text' in m ? `text:${m.text}` : `${m.key}:${JSON.stringify(m.vars ?? {})}`);

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
  notify: (message: NoticeMessage) => void;
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
