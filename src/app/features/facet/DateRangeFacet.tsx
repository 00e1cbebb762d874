import { useId } from 'react';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/i18n';

/** Month bounds; an article known only to its year or month counts if its span overlaps. */
export function DateRangeFacet() {
  const from = useExplorer((s) => s.filters.from);
  const to = useExplorer((s) => s.filters.to);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  const id = useId();
  const month = (v: string | null) => (v ? v.slice(0, 7) : '');
  return (
    <section className="facet" aria-labelledby={id}>
      <h3 id={id}>{t('dates')}</h3>
      <div className="date-range">
        <label>
          <span>{t('from')}</span>
          <input type="month" value={month(from)} max={month(to) || undefined} onChange={(e) => setFilters({ from: e.target.value || null })} />
        </label>
        <label>
          <span>{t('to')}</span>
          <input type="month" value={month(to)} min={month(from) || undefined} onChange={(e) => setFilters({ to: e.target.value || null })} />
        </label>
      </div>
    </section>
  );
}
