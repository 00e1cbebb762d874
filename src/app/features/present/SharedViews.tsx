// The team's shared views (team mode only): open one, share the current view under a
// name, delete one. Writing needs the team token, asked for once per session.
import { useState } from 'react';
import { setTeamToken, teamToken } from '../../data/server-fetch';
import { useDeleteSharedView, useShareView, useSharedViews } from '../../data/shared-views-query';
import { SLIDE_CHARTS, type SlideChart } from '../../state/saved-views';
import { useExplorer } from '../../state/store';
import { searchToSet, setToSearch } from '../../state/url';
import { useT } from '../../ui/shell-context';

const AUTHOR_KEY = 'srdi-author';
const storedAuthor = () => {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
};

export function SharedViews() {
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const shared = useSharedViews();
  const remove = useDeleteSharedView();
  const { openSet, notify } = useExplorer.getState();
  if (shared === null) return null;
  const open = (name: string, search: string) => {
    const { set, rejected } = searchToSet(search);
    if (rejected.length > 0) notify({ key: 'sharedViewInvalid', vars: { name, params: rejected.join(', ') } });
    openSet(set);
  };
  return (
    <section className="shared-views" aria-label={t('sharedViews')}>
      <h3>{t('sharedViews')}</h3>
      <ShareForm />
      {shared.error ? <p className="muted">{t('sharedViewsFailed', { why: shared.error.message })}</p>
        : shared.data?.length === 0 ? <p className="muted">{t('noSharedViews')}</p> : (
          <ol className="view-list">
            {(shared.data ?? []).map((v) => (
              <li key={v.id}>
                <button type="button" className="link view-name" onClick={() => open(v.name, v.search)}>{v.name}</button>
                <span className="muted small">{t('sharedBy', { author: v.author, date: new Date(v.updatedAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB') })}</span>
                <span className="row-actions">
                  <button type="button" aria-label={t('deleteSharedView', { name: v.name })} onClick={() => remove.mutate(v.id, { onError: (e) => notify({ key: 'viewNotShared', vars: { why: e.message } }) })}>✕</button>
                </span>
              </li>
            ))}
          </ol>
        )}
    </section>
  );
}

/** Shares the current result set under a name, with the author's name and (once per session) the team token. */
function ShareForm() {
  const t = useT();
  const set = useExplorer((s) => s.filters.set);
  const notify = useExplorer((s) => s.notify);
  const share = useShareView();
  const [name, setName] = useState('');
  const [author, setAuthor] = useState(storedAuthor);
  const [token, setToken] = useState('');
  const [chart, setChart] = useState<SlideChart>('timeline');
  const needsToken = teamToken() === null;
  return (
    <form
      className="save-form share-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (needsToken && token) setTeamToken(token);
        try {
          localStorage.setItem(AUTHOR_KEY, author.trim());
        } catch {
          // Not remembered: asked again next time.
        }
        const view = { name: name.trim() || t('untitledView'), author: author.trim(), search: setToSearch(set), chart };
        share.mutate(view, {
          onSuccess: () => { notify({ key: 'viewShared', vars: { name: view.name } }); setName(''); },
          onError: (err) => {
            // A refused token is forgotten, so the form asks for it again.
            if ((err as { status?: number }).status === 401) setTeamToken(null);
            notify({ key: 'viewNotShared', vars: { why: err.message } });
          },
        });
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('viewName')} aria-label={`${t('shareView')}: ${t('viewName')}`} maxLength={200} />
      <input value={author} onChange={(e) => setAuthor(e.target.value)} placeholder={t('yourName')} aria-label={t('yourName')} maxLength={200} required />
      {needsToken && <input type="password" value={token} onChange={(e) => setToken(e.target.value)} placeholder={t('teamToken')} aria-label={t('teamToken')} autoComplete="off" required />}
      <select value={chart} onChange={(e) => setChart(e.target.value as SlideChart)} aria-label={`${t('shareView')}: ${t('slideChart')}`}>
        {SLIDE_CHARTS.map((c) => <option key={c} value={c}>{t(`chart_${c}`)}</option>)}
      </select>
      <button type="submit" disabled={share.isPending}>{t('shareView')}</button>
    </form>
  );
}
