import { useExplorer } from '../../state/store';
import { useT } from '../../ui/i18n';

export function OnTopicSwitch({ hidden }: { hidden: number }) {
  const on = useExplorer((s) => s.filters.onTopicOnly);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => setFilters({ onTopicOnly: e.target.checked })} />
      <span>{t('onTopicOnly')}</span>
      {on && hidden > 0 && <span className="facet-count" title="hidden">−{hidden}</span>}
    </label>
  );
}
