// The views of the filtered articles (cards and reader, or charts) and the keys that work everywhere.
import { TABS, type Tab } from '../../model/filters';
import { stepHistory } from '../../state/url-sync';
import { useExplorer } from '../../state/store';
import type { StringKey } from '../../strings/catalog';
import { useT } from '../../ui/shell-context';
import { useShortcut } from '../../ui/use-shortcut';

const TAB_LABEL: Record<Tab, StringKey> = { articles: 'tabArticles', table: 'tabTable', charts: 'tabCharts', terms: 'tabTerms' };

export function Tabs() {
  const t = useT();
  const tab = useExplorer((s) => s.filters.view.tab);
  const setView = useExplorer((s) => s.setView);
  return (
    <div className="tabs" role="tablist" aria-label={t('views')}>
      {TABS.map((id) => (
        <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setView({ tab: id })}>
          {t(TAB_LABEL[id])}
        </button>
      ))}
    </div>
  );
}

/** Ctrl+Z / Ctrl+Shift+Z step back and forward through filter changes (inside a text box they edit the text). */
export function useUndoShortcut(): void {
  useShortcut((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
    e.preventDefault();
    stepHistory(e.shiftKey ? 'forward' : 'back');
  });
}
