// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { connectSavedViews, loadSavedViews, parseViewsFile, serializeViews, useSavedViews } from '../../../src/app/state/saved-views';

beforeEach(() => {
  localStorage.clear();
  useSavedViews.setState({ views: [] });
});

describe('saved views', () => {
  it('adds, renames, reorders and deletes, persisting each change', () => {
    connectSavedViews(localStorage);
    const s = useSavedViews.getState();
    s.add('Hunan', 'region=%E6%B9%96%E5%8D%97', 'map');
    s.add('Chips', 'industry=chips', 'timeline');
    const [a, b] = useSavedViews.getState().views;
    s.rename(b!.id, 'Chips 2025');
    s.move(b!.id, -1);
    expect(useSavedViews.getState().views.map((v) => v.name)).toEqual(['Chips 2025', 'Hunan']);
    s.remove(a!.id);
    expect(loadSavedViews(localStorage).views.map((v) => v.name)).toEqual(['Chips 2025']);
  });

  it('sets unreadable storage aside instead of losing it', () => {
    localStorage.setItem('srdi-saved-views', '{not json');
    const r = loadSavedViews(localStorage);
    expect(r.views).toEqual([]);
    expect(r.problem).toMatch(/not valid JSON/);
    expect(localStorage.getItem('srdi-saved-views.unreadable')).toBe('{not json');
  });

  it('importing only adds: existing views are kept, clashing ids get new ones', () => {
    connectSavedViews(localStorage);
    useSavedViews.getState().add('Mine', 'industry=chips', 'map');
    const mine = useSavedViews.getState().views[0]!;
    const added = useSavedViews.getState().importViews([{ ...mine, name: 'Theirs' }, { id: 'z', name: 'Other', search: 'topic=listing', chart: 'topics', createdAt: 'x' }]);
    expect(added).toBe(2);
    const views = useSavedViews.getState().views;
    expect(views.map((v) => v.name)).toEqual(['Mine', 'Theirs', 'Other']);
    expect(new Set(views.map((v) => v.id)).size).toBe(3);
    expect(views[0]).toEqual(mine);
  });

  it('imports a file, and says what is wrong with a bad one', () => {
    const good = serializeViews([{ id: 'x', name: 'A', search: 'industry=chips', chart: 'timeline', createdAt: '2026-01-01' }]);
    expect(parseViewsFile(good)).toEqual({ views: [expect.objectContaining({ name: 'A' })] });
    expect(parseViewsFile('[]')).toEqual({ error: expect.stringMatching(/not a saved-views file/) });
    expect(parseViewsFile('nope')).toEqual({ error: 'The file is not JSON.' });
    const badFilters = serializeViews([{ id: 'x', name: 'A', search: 'region=Atlantis', chart: 'timeline', createdAt: '2026-01-01' }]);
    expect(parseViewsFile(badFilters)).toEqual({ error: expect.stringMatching(/views\.0\.search: not a valid set of filters/) });
  });
});
