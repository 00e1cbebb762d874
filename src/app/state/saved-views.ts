// Named views an analyst keeps: they survive reloads (localStorage), can be renamed,
// reordered and deleted, exported and imported as JSON, and become presentation slides.
import { z } from 'zod';
import type { Message } from '../strings/translate';
import { create } from 'zustand';
import { searchToSet } from './url';
import type { ResultSet } from '../model/filters';
import { reportStorageProblem, trySetItem, tryGetItem, type StorageProblem } from './storage-problems';

export const SLIDE_CHARTS = ['timeline', 'map', 'industries', 'topics'] as const;
export type SlideChart = (typeof SLIDE_CHARTS)[number];

const SavedView = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  /** The filters as a URL query string (without "?"). */
  search: z.string().max(4000, 'longer than 4000 characters').refine((s) => searchToSet(s).rejected.length === 0, 'not a valid set of filters'),
  chart: z.enum(SLIDE_CHARTS),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof SavedView>;

/** The result set a saved view opens (its `search` passed the same parser when it was loaded). */
export const setOfView = (v: SavedView): ResultSet => searchToSet(v.search).set;
const SavedViewsFile = z.object({ kind: z.literal('srdi-saved-views'), version: z.literal(1), views: z.array(SavedView) });
/** The stored document, with each view checked on its own so one bad view cannot take the others with it. */
const SavedViewsEnvelope = z.object({ kind: z.literal('srdi-saved-views'), version: z.literal(1), views: z.array(z.unknown()) });

const KEY = 'srdi-saved-views';
/** Unreadable data is set aside under this prefix, a new key each time, never overwriting an earlier copy. */
export const UNREADABLE_PREFIX = `${KEY}.unreadable`;

export type LoadResult = { views: SavedView[]; problems: StorageProblem[]; writable: boolean };

/** Stores text under a fresh key (…unreadable, …unreadable.2, …); the key, or null if it could not be kept. */
function setAside(storage: Storage, raw: string): string | null {
  let key = UNREADABLE_PREFIX;
  for (let n = 2; tryGetItem(storage, key) !== null; n++) key = `${UNREADABLE_PREFIX}.${n}`;
  return trySetItem(storage, key, raw) === 'ok' ? key : null;
}

/**
 * Reads saved views, each on its own: a bad view is set aside and the others load. If what
 * is unreadable cannot be set aside (storage full), nothing is written back until it can,
 * so it is never lost.
 */
export function loadSavedViews(storage: Storage): LoadResult {
  const raw = tryGetItem(storage, KEY);
  if (raw === null) return { views: [], problems: [], writable: true };
  const file = parseJson(raw);
  const envelope = SavedViewsEnvelope.safeParse(file);
  if (!envelope.success) {
    const kept = setAside(storage, raw);
    const why = file === undefined ? 'not JSON' : (envelope.error.issues[0]?.message ?? 'invalid');
    // Once the copy is safe, the store starts clean, so the next load does not set it aside again.
    if (kept) trySetItem(storage, KEY, serializeViews([]));
    return kept
      ? { views: [], problems: [{ key: 'viewsUnreadable', vars: { why, key: kept } }], writable: true }
      : { views: [], problems: [{ key: 'viewsNotKept', vars: { n: 1 } }], writable: false };
  }
  const views: SavedView[] = [];
  const bad: unknown[] = [];
  for (const v of envelope.data.views) {
    const parsed = SavedView.safeParse(v);
    if (parsed.success) views.push(parsed.data);
    else bad.push(v);
  }
  if (bad.length === 0) return { views: uniqueIds(views), problems: [], writable: true };
  const kept = setAside(storage, JSON.stringify({ kind: 'srdi-saved-views', version: 1, views: bad }));
  if (kept) trySetItem(storage, KEY, serializeViews(uniqueIds(views)));
  return kept
    ? { views: uniqueIds(views), problems: [{ key: 'viewsSetAside', vars: { n: bad.length, key: kept } }], writable: true }
    : { views: uniqueIds(views), problems: [{ key: 'viewsNotKept', vars: { n: bad.length } }], writable: false };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function serializeViews(views: SavedView[]): string {
  return JSON.stringify({ kind: 'srdi-saved-views', version: 1, views }, null, 2);
}

/** Parses an imported file; says precisely what is wrong with it. */
export function parseViewsFile(text: string, file: string): { views: SavedView[] } | { error: Message } {
  const json = parseJson(text);
  if (json === undefined) return { error: { key: 'viewsFileNotJson', vars: { file } } };
  const parsed = SavedViewsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: { key: 'viewsFileInvalid', vars: { file, where: issue?.path.join('.') || 'document', why: issue?.message ?? 'invalid' } } };
  }
  return { views: parsed.data.views };
}

/** Why a view cannot be saved (the same schema that loads it), or null. */
export function viewProblem(view: SavedView): string | null {
  const parsed = SavedView.safeParse(view);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') ?? 'view'}: ${issue?.message ?? 'invalid'}`;
}

/** Ids made unique in order: a later view sharing an id gets a new one. */
function uniqueIds(views: SavedView[], taken: Set<string> = new Set()): SavedView[] {
  return views.map((v) => {
    const id = taken.has(v.id) ? newId() : v.id;
    taken.add(id);
    return id === v.id ? v : { ...v, id };
  });
}

interface SavedViewsState {
  views: SavedView[];
  /** Adds a view; returns why it cannot be saved instead, saving nothing. */
  add: (name: string, search: string, chart: SlideChart) => string | null;
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
  add: (name, search, chart) => {
    const view: SavedView = { id: newId(), name: name.trim().slice(0, 200), search, chart, createdAt: new Date().toISOString() };
    const problem = viewProblem(view);
    if (problem) return problem;
    set((s) => ({ views: [...s.views, view] }));
    return null;
  },
  rename: (id, name) => set((s) => ({ views: s.views.map((v) => (v.id === id && name.trim() ? { ...v, name: name.trim().slice(0, 200) } : v)) })),
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
    // Ids unique against the views kept and within the file itself.
    const fresh = uniqueIds(incoming, new Set(get().views.map((v) => v.id)));
    set((s) => ({ views: [...s.views, ...fresh] }));
    return fresh.length;
  },
  hydrate: (views) => set({ views }),
}));

/**
 * Loads saved views once and writes every later change back. A write that fails (storage
 * full) is reported with how to free space; the views stay in memory for the session.
 */
export function connectSavedViews(storage: Storage | null): () => void {
  if (!storage) {
    reportStorageProblem({ key: 'storageUnavailable', vars: {} });
    return () => undefined;
  }
  const { views, problems, writable } = loadSavedViews(storage);
  for (const p of problems) reportStorageProblem(p);
  useSavedViews.getState().hydrate(views);
  return useSavedViews.subscribe((s, prev) => {
    if (s.views === prev.views || !writable) return;
    const r = trySetItem(storage, KEY, serializeViews(s.views));
    if (r !== 'ok') reportStorageProblem({ key: r === 'full' ? 'viewsNotStored' : 'storageUnavailable', vars: {} });
  });
}
