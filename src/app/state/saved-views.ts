// Named views an analyst keeps: they survive reloads (localStorage), can be renamed,
// reordered and deleted, exported and imported as JSON, and become presentation slides.
import { z } from 'zod';
import { create } from 'zustand';
import { searchToFilters } from './url';

export const SLIDE_CHARTS = ['timeline', 'map', 'industries', 'topics'] as const;
export type SlideChart = (typeof SLIDE_CHARTS)[number];

const SavedView = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** The filters as a URL query string (without "?"). */
  search: z.string().max(4000).refine((s) => searchToFilters(`?${s}`).rejected.length === 0, 'not a valid set of filters'),
  chart: z.enum(SLIDE_CHARTS),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof SavedView>;
const SavedViewsFile = z.object({ kind: z.literal('srdi-saved-views'), version: z.literal(1), views: z.array(SavedView) });

const KEY = 'srdi-saved-views';

export type LoadResult = { views: SavedView[]; problem: string | null };

/** Reads saved views; anything unreadable is set aside under a backup key, never silently lost. */
export function loadSavedViews(storage: Storage): LoadResult {
  const raw = storage.getItem(KEY);
  if (raw === null) return { views: [], problem: null };
  try {
    const parsed = SavedViewsFile.safeParse(JSON.parse(raw));
    if (parsed.success) return { views: parsed.data.views, problem: null };
    storage.setItem(`${KEY}.unreadable`, raw);
    return { views: [], problem: `Saved views in this browser could not be read (${parsed.error.issues[0]?.message ?? 'invalid'}); a copy was kept as ${KEY}.unreadable.` };
  } catch {
    storage.setItem(`${KEY}.unreadable`, raw);
    return { views: [], problem: `Saved views in this browser were not valid JSON; a copy was kept as ${KEY}.unreadable.` };
  }
}

export function serializeViews(views: SavedView[]): string {
  return JSON.stringify({ kind: 'srdi-saved-views', version: 1, views }, null, 2);
}

/** Parses an imported file; says precisely what is wrong with it. */
export function parseViewsFile(text: string): { views: SavedView[] } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON.' };
  }
  const parsed = SavedViewsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `The file is not a saved-views file: ${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}` };
  }
  return { views: parsed.data.views };
}

interface SavedViewsState {
  views: SavedView[];
  add: (name: string, search: string, chart: SlideChart) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  move: (id: string, delta: number) => void;
  setChart: (id: string, chart: SlideChart) => void;
  importViews: (views: SavedView[]) => number;
  hydrate: (views: SavedView[]) => void;
}

let counter = 0;
const newId = () => `v${Date.now().toString(36)}${(counter++).toString(36)}`;

export const useSavedViews = create<SavedViewsState>()((set, get) => ({
  views: [],
  add: (name, search, chart) => set((s) => ({ views: [...s.views, { id: newId(), name: name.trim() || 'Untitled view', search, chart, createdAt: new Date().toISOString() }] })),
  rename: (id, name) => set((s) => ({ views: s.views.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim() } : v)) })),
  remove: (id) => set((s) => ({ views: s.views.filter((v) => v.id !== id) })),
  move: (id, delta) =>
    set((s) => {
      const i = s.views.findIndex((v) => v.id === id);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= s.views.length) return s;
      const views = [...s.views];
      [views[i], views[j]] = [views[j]!, views[i]!];
      return { views };
    }),
  setChart: (id, chart) => set((s) => ({ views: s.views.map((v) => (v.id === id ? { ...v, chart } : v)) })),
  importViews: (incoming) => {
    const existing = new Set(get().views.map((v) => v.id));
    const fresh = incoming.map((v) => (existing.has(v.id) ? { ...v, id: newId() } : v));
    set((s) => ({ views: [...s.views, ...fresh] }));
    return fresh.length;
  },
  hydrate: (views) => set({ views }),
}));

/** Loads saved views once and writes every later change back. Returns a problem to show, if any. */
export function connectSavedViews(storage: Storage): string | null {
  const { views, problem } = loadSavedViews(storage);
  useSavedViews.getState().hydrate(views);
  useSavedViews.subscribe((s, prev) => {
    if (s.views !== prev.views) storage.setItem(KEY, serializeViews(s.views));
  });
  return problem;
}
