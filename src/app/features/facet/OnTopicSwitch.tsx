import { useExplorer } from '../../state/store';
import { useT, useNumber } from '../../ui/shell-context';

export function OnTopicSwitch({ hidden }: { hidden: number }) {
  const num = useNumber();
  const on = useExplorer((s) => s.filters.set.onTopicOnly);
  const refine = useExplorer((s) => s.refine);
  const t = useT();
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => refine({ onTopicOnly: e.target.checked })} />
      <span>{t('onTopicOnly')}</span>
      {on && hidden > 0 && <span className="facet-count" title={t('offTopicHiddenCount', { n: hidden })}>−{num(hidden)}</span>}
    </label>
  );
}
