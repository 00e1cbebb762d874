// Browser storage fails in ordinary use: the origin's quota is full (every app previewed
// on the same port shares it), storage is disabled, or what is stored was written by
// something else. Every read and write goes through here: nothing throws, and each
// failure is reported once as a message key and values, translated where it is shown.
import type { StateStorage } from 'zustand/middleware';

export interface StorageProblem {
  key: 'viewsNotStored' | 'settingsNotStored' | 'storageUnavailable' | 'settingsIgnored' | 'viewsSetAside' | 'viewsUnreadable' | 'viewsNotKept';
  vars: Record<string, string | number>;
}

type Listener = (p: StorageProblem) => void;
const listeners = new Set<Listener>();
const pending: StorageProblem[] = [];

const reported = new Set<string>();

/**
 * Reports a problem, once per session: showing it writes the store, whose write may fail
 * again, and must not report again. Problems raised before anyone listens (while the store
 * hydrates) are kept until someone does.
 */
export function reportStorageProblem(p: StorageProblem): void {
  const id = JSON.stringify(p);
  if (reported.has(id)) return;
  reported.add(id);
  if (listeners.size === 0) pending.push(p);
  for (const l of listeners) l(p);
}

export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  for (const p of pending.splice(0)) listener(p);
  return () => listeners.delete(listener);
}

export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
}

/** Writes a value; says what went wrong (quota or unavailable) instead of throwing. */
export function trySetItem(storage: Storage | null, key: string, value: string): 'ok' | 'full' | 'unavailable' {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(key, value);
    return 'ok';
  } catch (e) {
    return isQuotaError(e) ? 'full' : 'unavailable';
  }
}

export function tryGetItem(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The window's localStorage, or null where reading it throws (disabled, sandboxed). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** A zustand persist storage that never throws: a failed write is reported, and the app keeps the value in memory. */
export function guardedStateStorage(): StateStorage {
  return {
    getItem: (name) => tryGetItem(browserStorage(), name),
    setItem: (name, value) => {
      const r = trySetItem(browserStorage(), name, value);
      if (r !== 'ok') reportStorageProblem({ key: r === 'full' ? 'settingsNotStored' : 'storageUnavailable', vars: {} });
    },
    removeItem: (name) => {
      try {
        browserStorage()?.removeItem(name);
      } catch {
        // Nothing to keep: removing failed, the value stays.
      }
    },
  };
}
