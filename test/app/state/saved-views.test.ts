// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../../src/app/strings/translate';
import { connectSavedViews, loadSavedViews, parseViewsFile, serializeViews, useSavedViews, type SavedView } from '../../../src/app/state/saved-views';
import { onStorageProblem, type StorageProblem } from '../../../src/app/state/storage-problems';

const view = (over: Partial<SavedView> = {}): SavedView => ({ id: 'x', name: 'A', search: 'industry=chips', chart: 'timeline', createdAt: '2026-01-01', ...over });
let problems: StorageProblem[] = [];
let stop: () => void = () => undefined;
let disconnect: () => void = () => undefined;

beforeEach(() => {
  localStorage.clear();
  useSavedViews.setState({ views: [] });
  problems = [];
  stop = onStorageProblem((p) => problems.push(p));
});
afterEach(() => {
  stop();
  disconnect();
  vi.restoreAllMocks();
});

/** Makes every write fail as a full origin quota does. */
function fillQuota() {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

describe('saved views', () => {
  it('adds, renames, reorders and deletes, persisting each change', () => {
    disconnect = connectSavedViews(localStorage);
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

  it('never saves a view it could not load again, and says why', () => {
    disconnect = connectSavedViews(localStorage);
    const long = `q=${'专'.repeat(201)}`;
    expect(useSavedViews.getState().add('Too long', long, 'timeline')).toMatch(/search: not a valid set of filters/);
    expect(useSavedViews.getState().add('Huge', `industry=chips&q=${'x'.repeat(4000)}`, 'timeline')).toMatch(/longer|not a valid/);
    expect(useSavedViews.getState().add('Fine', `q=${'专'.repeat(200)}`, 'timeline')).toBeNull();
    expect(loadSavedViews(localStorage).views.map((v) => v.name)).toEqual(['Fine']);
  });

  it('sets unreadable storage aside under a new name each time, never overwriting an earlier copy', () => {
    localStorage.setItem('srdi-saved-views', '{not json');
    expect(loadSavedViews(localStorage)).toMatchObject({ views: [], problems: [{ key: 'viewsUnreadable', vars: { key: 'srdi-saved-views.unreadable' } }] });
    localStorage.setItem('srdi-saved-views', 'second bad');
    expect(loadSavedViews(localStorage).problems[0]!.vars.key).toBe('srdi-saved-views.unreadable.2');
    expect(localStorage.getItem('srdi-saved-views.unreadable')).toBe('{not json');
    expect(localStorage.getItem('srdi-saved-views.unreadable.2')).toBe('second bad');
    expect(loadSavedViews(localStorage)).toEqual({ views: [], problems: [], writable: true });
  });

  it('loads the good views when one is bad, and keeps the bad one aside', () => {
    const bad = { ...view({ id: 'b', name: 'Broken' }), search: `q=${'x'.repeat(300)}` };
    localStorage.setItem('srdi-saved-views', JSON.stringify({ kind: 'srdi-saved-views', version: 1, views: [view({ id: 'a', name: 'Good' }), bad, view({ id: 'c', name: 'Also good' })] }));
    const r = loadSavedViews(localStorage);
    expect(r.views.map((v) => v.name)).toEqual(['Good', 'Also good']);
    expect(r.problems).toEqual([{ key: 'viewsSetAside', vars: { n: 1, key: 'srdi-saved-views.unreadable' } }]);
    expect(JSON.parse(localStorage.getItem('srdi-saved-views.unreadable')!).views[0].name).toBe('Broken');
    // The next load finds only the good views: the bad one is not set aside a second time.
    expect(loadSavedViews(localStorage)).toMatchObject({ problems: [] });
    expect(loadSavedViews(localStorage).views.map((v) => v.name)).toEqual(['Good', 'Also good']);
    expect(localStorage.getItem('srdi-saved-views.unreadable.2')).toBeNull();
  });

  it('with storage full: loading works, a failed write is reported, and nothing stored is lost', () => {
    localStorage.setItem('srdi-saved-views', serializeViews([view({ id: 'a', name: 'Kept' })]));
    const before = localStorage.getItem('srdi-saved-views');
    fillQuota();
    disconnect = connectSavedViews(localStorage);
    expect(useSavedViews.getState().views.map((v) => v.name)).toEqual(['Kept']);
    expect(useSavedViews.getState().add('New', 'industry=chips', 'map')).toBeNull();
    expect(problems).toEqual([{ key: 'viewsNotStored', vars: {} }]);
    expect(localStorage.getItem('srdi-saved-views')).toBe(before);
    // Still in memory for the session, so it can be exported.
    expect(useSavedViews.getState().views.map((v) => v.name)).toEqual(['Kept', 'New']);
  });

  it('with storage full and an unreadable view that cannot be set aside: writes nothing, so it is never lost', () => {
    const raw = JSON.stringify({ kind: 'srdi-saved-views', version: 1, views: [view({ id: 'a' }), { id: 'bad' }] });
    localStorage.setItem('srdi-saved-views', raw);
    fillQuota();
    disconnect = connectSavedViews(localStorage);
    expect(problems).toEqual([{ key: 'viewsNotKept', vars: { n: 1 } }]);
    useSavedViews.getState().add('New', 'industry=chips', 'map');
    vi.restoreAllMocks();
    expect(localStorage.getItem('srdi-saved-views')).toBe(raw);
  });

  it('importing only adds: existing views are kept, ids unique against the store and within the file', () => {
    disconnect = connectSavedViews(localStorage);
    useSavedViews.getState().add('Mine', 'industry=chips', 'map');
    const mine = useSavedViews.getState().views[0]!;
    const added = useSavedViews.getState().importViews([{ ...mine, name: 'Theirs' }, view({ id: 'z', name: 'Other' }), view({ id: 'z', name: 'Twin' })]);
    expect(added).toBe(3);
    const views = useSavedViews.getState().views;
    expect(views.map((v) => v.name)).toEqual(['Mine', 'Theirs', 'Other', 'Twin']);
    expect(new Set(views.map((v) => v.id)).size).toBe(4);
    expect(views[0]).toEqual(mine);
    // Deleting one of the twins deletes only that one.
    useSavedViews.getState().remove(views[3]!.id);
    expect(useSavedViews.getState().views.map((v) => v.name)).toEqual(['Mine', 'Theirs', 'Other']);
  });

  it('imports a file, and says what is wrong with a bad one', () => {
    const good = serializeViews([view()]);
    expect(parseViewsFile(good, 'v.json')).toEqual({ views: [expect.objectContaining({ name: 'A' })] });
    expect(parseViewsFile('[]', 'v.json')).toEqual({ error: { key: 'viewsFileInvalid', vars: { file: 'v.json', where: 'document', why: expect.any(String) } } });
    expect(parseViewsFile('nope', 'v.json')).toEqual({ error: { key: 'viewsFileNotJson', vars: { file: 'v.json' } } });
    const bad = parseViewsFile(serializeViews([view({ search: 'region=Atlantis' })]), 'v.json');
    expect(bad).toEqual({ error: { key: 'viewsFileInvalid', vars: { file: 'v.json', where: 'views.0.search', why: 'not a valid set of filters' } } });
    expect('error' in bad && translate('en', 'viewsFileInvalid', 'key' in bad.error ? bad.error.vars : {})).toBe('v.json: the file is not a saved-views file: views.0.search: not a valid set of filters');
  });
});
