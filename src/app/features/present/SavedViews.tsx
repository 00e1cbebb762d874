// Save the current view under a name; open, rename, reorder, delete; export and import as JSON.
import { useState } from 'react';
import { useExplorer } from '../../state/store';
import { parseViewsFile, serializeViews, setOfView, SLIDE_CHARTS, useSavedViews, type SlideChart } from '../../state/saved-views';
import { setToSearch } from '../../state/url';
import { download } from '../../ui/download';
import { useT, useNumber } from '../../ui/shell-context';
import { JsonFilePicker } from '../../ui/JsonFilePicker';
import { useMenu } from '../../ui/use-menu';
import { useSharedViews } from '../../data/shared-views-query';
import { SharedViews } from './SharedViews';

export function SavedViews() {
  const num = useNumber();
  const t = useT();
  const views = useSavedViews((s) => s.views);
  // In team mode the menu holds the team's views too: the summary counts them beside the analyst's own (when there are any).
  const shared = useSharedViews()?.data?.length ?? null;
  const { rename, remove, move, importViews } = useSavedViews.getState();
  const { openSet, notify } = useExplorer.getState();
  const [editing, setEditing] = useState<string | null>(null);
  const [menuRef] = useMenu();

  return (
    <details className="menu saved-views" ref={menuRef}>
      <summary>
        {t('savedViews')} <span className="facet-count">{num(views.length)}</span>
        {shared !== null && shared > 0 && <span className="facet-count" title={t('sharedViews')}>{' · '}{t('sharedCount', { n: num(shared) })}</span>}
      </summary>
      <div className="menu-body wide-menu">
        <SaveForm />
        {views.length === 0 ? <p className="muted">{t('noSavedViews')}</p> : (
          <ol className="view-list">
            {views.map((v, i) => (
              <li key={v.id}>
                {editing === v.id ? (
                  <input
                    autoFocus
                    defaultValue={v.name}
                    aria-label={t('renameView', { name: v.name })}
                    onBlur={(e) => { rename(v.id, e.target.value); setEditing(null); }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') { rename(v.id, e.currentTarget.value); setEditing(null); }
                      if (e.key === 'Escape') setEditing(null);
                    }}
                  />
                ) : (
                  <button type="button" className="link view-name" onClick={() => openSet(setOfView(v))}>
                    {v.name}
                  </button>
                )}
                <span className="muted small">{t(`chart_${v.chart}`)}</span>
                <span className="row-actions">
                  <button type="button" aria-label={t('moveUp', { name: v.name })} disabled={i === 0} onClick={() => move(v.id, -1)}>↑</button>
                  <button type="button" aria-label={t('moveDown', { name: v.name })} disabled={i === views.length - 1} onClick={() => move(v.id, 1)}>↓</button>
                  <button type="button" aria-label={t('renameView', { name: v.name })} onClick={() => setEditing(v.id)}>✎</button>
                  <button type="button" aria-label={t('deleteView', { name: v.name })} onClick={() => remove(v.id)}>✕</button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <SharedViews />
        <div className="menu-footer">
          <button type="button" className="link" disabled={views.length === 0} onClick={() => download('srdi-saved-views.json', serializeViews(views), 'application/json')}>{t('exportViews')}</button>
          <JsonFilePicker
            label={t('importViews')}
            testId="import-views"
            className="link"
            onFile={async (f) => {
              const parsed = parseViewsFile(await f.text(), f.name);
              if ('error' in parsed) notify(parsed.error);
              else notify({ key: 'imported', vars: { n: importViews(parsed.views) } });
            }}
          >
            {t('importViews')}
          </JsonFilePicker>
        </div>
      </div>
    </details>
  );
}

/** Saves the current result set under a name, with the chart its slide shows. */
function SaveForm() {
  const t = useT();
  const add = useSavedViews((s) => s.add);
  const set = useExplorer((s) => s.filters.set);
  const notify = useExplorer((s) => s.notify);
  const [name, setName] = useState('');
  const [chart, setChart] = useState<SlideChart>('timeline');
  return (
    <form
      className="save-form"
      onSubmit={(e) => {
        e.preventDefault();
        const problem = add(name.trim() || t('untitledView'), setToSearch(set), chart);
        if (problem) notify({ key: 'viewNotSaved', vars: { why: problem } });
        else setName('');
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('viewName')} aria-label={t('viewName')} maxLength={200} />
      <select value={chart} onChange={(e) => setChart(e.target.value as SlideChart)} aria-label={t('slideChart')}>
        {SLIDE_CHARTS.map((c) => <option key={c} value={c}>{t(`chart_${c}`)}</option>)}
      </select>
      <button type="submit">{t('saveView')}</button>
    </form>
  );
}
