// Selected filter values as removable chips above the results, with "clear all".
import { FACETS, hasActiveFilters } from '../../model/filters';
import { labelText, valueLabel } from '../../model/labels';
import { formatDate } from '../../model/dates';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';

export function ActiveChips() {
  const filters = useExplorer((s) => s.filters.set);
  const lang = useExplorer((s) => s.lang);
  const { toggle, toggleExcluded, refine, clearAll } = useExplorer.getState();
  const t = useT();
  if (!hasActiveFilters(filters)) return null;
  const chips: { key: string; text: string; remove: () => void; excluded?: boolean }[] = [];
  for (const facet of FACETS) {
    for (const v of filters[facet]) chips.push({ key: `${facet}:${v}`, text: labelText(valueLabel(facet, v), lang), remove: () => toggle(facet, v) });
    for (const v of filters.exclude[facet]) chips.push({ key: `-${facet}:${v}`, text: t('excludedChip', { name: labelText(valueLabel(facet, v), lang) }), remove: () => toggleExcluded(facet, v), excluded: true });
  }
  if (filters.q.trim()) chips.push({ key: 'q', text: `“${filters.q.trim()}”`, remove: () => refine({ q: '' }) });
  if (filters.from || filters.to) {
    const text = `${filters.from ? formatDate(filters.from, lang) : '…'} – ${filters.to ? formatDate(filters.to, lang) : '…'}`;
    chips.push({ key: 'dates', text, remove: () => refine({ from: null, to: null }) });
  }
  if (!filters.onTopicOnly) chips.push({ key: 'all', text: t('offTopic'), remove: () => refine({ onTopicOnly: true }) });
  return (
    <div className="chips" aria-label={t('filters')}>
      {chips.map((c) => (
        <span key={c.key} className={c.excluded ? 'chip excluded' : 'chip'}>
          {c.text}
          <button type="button" aria-label={t('remove', { name: c.text })} onClick={c.remove}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={clearAll}>
        {t('clearAll')}
      </button>
    </div>
  );
}
