// @vitest-environment jsdom
// What the store rehydrates from localStorage is checked field by field: a bad value is
// dropped with a notice, never put in the store (where "lang: xx" once blanked the page).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageProblem } from '../../../src/app/state/storage-problems';

async function freshStore(stored: string | null) {
  vi.resetModules();
  localStorage.clear();
  if (stored !== null) localStorage.setItem('srdi-explorer', stored);
  const problems: StorageProblem[] = [];
  const { onStorageProblem } = await import('../../../src/app/state/storage-problems');
  onStorageProblem((p) => problems.push(p));
  const { useExplorer } = await import('../../../src/app/state/store');
  return { state: useExplorer.getState(), problems, useExplorer };
}

afterEach(() => vi.restoreAllMocks());

describe('persisted settings', () => {
  it('restores a valid language', async () => {
    const { state, problems } = await freshStore('{"state":{"lang":"zh"},"version":0}');
    expect(state.lang).toBe('zh');
    expect(problems).toEqual([]);
  });

  it.each([
    ['an unknown language', '{"state":{"lang":"xx"},"version":0}', 'lang'],
    ['a prototype key as language', '{"state":{"lang":"__proto__"},"version":0}', 'lang'],
    ['notices that are not a list', '{"state":{"notices":"boom"},"version":0}', 'notices'],
    ['filters from another version', '{"state":{"filters":{"region":"x"},"lang":"en"},"version":0}', 'filters'],
  ])('drops %s with a notice and starts in English', async (_what, stored, field) => {
    const { state, problems } = await freshStore(stored);
    expect(state.lang).toBe('en');
    expect(Array.isArray(state.notices)).toBe(true);
    expect(state.filters.set.region).toEqual([]);
    expect(problems).toEqual([{ key: 'settingsIgnored', vars: { fields: field } }]);
  });

  it('starts when storage is full and reports that the choice is not remembered', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { useExplorer, problems } = await freshStore(null);
    useExplorer.getState().setLang('zh');
    expect(useExplorer.getState().lang).toBe('zh');
    expect(problems).toContainEqual({ key: 'settingsNotStored', vars: {} });
  });
});
