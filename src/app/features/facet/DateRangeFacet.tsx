import { useId } from 'react';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';

/**
 * Month bounds; an article known only to its year or month counts if its span overlaps —
 * and the facet says how many of the matches that is, with a switch to leave them out.
 */
export function DateRangeFacet({ coarse, matches }: { coarse: { year: number; month: number }; matches: number }) {
  const from = useExplorer((s) => s.filters.set.from);
  const to = useExplorer((s) => s.filters.set.to);
  const exact = useExplorer((s) => s.filters.set.exactDates);
  const refine = useExplorer((s) => s.refine);
  const t = useT();
  const id = useId();
  const month = (v: string | null) => (v ? v.slice(0, 7) : '');
  return (
    <section className="facet" aria-labelledby={id}>
      <h3 id={id}>{t('dates')}</h3>
      <div className="date-range">
        <label>
          <span>{t('from')}</span>
          <input type="month" value={month(from)} max={month(to) || undefined} onChange={(e) => refine({ from: e.target.value || null })} />
        </label>
        <label>
          <span>{t('to')}</span>
          <input type="month" value={month(to)} min={month(from) || undefined} onChange={(e) => refine({ to: e.target.value || null })} />
        </label>
      </div>
      {(from || to) && (
        <div className="date-precision">
          {coarse.year > 0 && <p className="facet-note" role="note">{t('coarseYear', { n: coarse.year, total: matches })}</p>}
          {coarse.month > 0 && <p className="facet-note" role="note">{t('coarseMonth', { n: coarse.month, total: matches })}</p>}
          <label className="switch">
            <input type="checkbox" checked={exact} onChange={(e) => refine({ exactDates: e.target.checked })} />
            <span>{t('exactDatesOnly')}</span>
          </label>
        </div>
      )}
    </section>
  );
}
