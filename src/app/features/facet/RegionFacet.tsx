// Regions: policy groups as one-click selections, then provinces, each expandable to its cities.
import { useId, useState } from 'react';
import { CITIES, provinceOf } from '../../../shared/taxonomy/regions';
import type { FacetBucket, GroupBucket } from '../../model/facets';
import { labelText } from '../../model/labels';
import { useExplorer } from '../../state/store';
import { useT, useNumber } from '../../ui/shell-context';
import { FacetOption } from './CheckboxFacet';
import { FilterBox, ShowMore, useFilterable } from './FilterBox';

const VISIBLE = 10;
const provinceOfCity = new Map(CITIES.map((c) => [c.short, c.province]));

export function RegionFacet({ provinces, cities, groups }: { provinces: FacetBucket[]; cities: FacetBucket[]; groups: GroupBucket[] }) {
  const lang = useExplorer((s) => s.lang);
  const toggle = useExplorer((s) => s.toggle);
  const toggleExcluded = useExplorer((s) => s.toggleExcluded);
  const wide = useExplorer((s) => s.filters.set.places === 'wide');
  const refine = useExplorer((s) => s.refine);
  const t = useT();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const { filter, setFilter, visible, hidden, expanded, setExpanded } = useFilterable(provinces, VISIBLE);
  const headingId = useId();
  const citiesOf = (province: string) => {
    const code = provinceOf(province)?.code;
    return cities.filter((c) => provinceOfCity.get(c.value) === code && c.value !== province);
  };

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('region')}</h3>
      <label className="switch place-scope" title={t('placesWideHint')}>
        <input type="checkbox" checked={wide} onChange={(e) => refine({ places: e.target.checked ? 'wide' : 'subject' })} />
        <span>{t('placesWide')}</span>
      </label>
      <RegionGroups groups={groups} />
      <FilterBox title={t('region')} value={filter} onChange={setFilter} />
      <ul className="facet-values">
        {visible.map((b) => {
          const sub = citiesOf(b.value);
          const isOpen = open.has(b.value) || sub.some((c) => c.selected);
          const name = labelText(b.label, lang);
          return (
            <FacetOption
              key={b.value}
              bucket={b}
              text={name}
              onToggle={() => toggle('region', b.value)}
              onExclude={() => toggleExcluded('region', b.value)}
              extra={
                sub.length > 0 && (
                  <>
                    <button
                      type="button"
                      className="expander"
                      aria-expanded={isOpen}
                      aria-label={t('expand', { name })}
                      onClick={() => setOpen((s) => new Set(s.has(b.value) ? [...s].filter((x) => x !== b.value) : [...s, b.value]))}
                    >
                      {isOpen ? '▾' : '▸'}
                    </button>
                    {isOpen && (
                      <ul className="facet-values nested" aria-label={t('city')}>
                        {sub.map((c) => (
                          <FacetOption key={c.value} bucket={c} text={labelText(c.label, lang)} onToggle={() => toggle('city', c.value)} onExclude={() => toggleExcluded('city', c.value)} />
                        ))}
                      </ul>
                    )}
                  </>
                )
              }
            />
          );
        })}
      </ul>
      <ShowMore hidden={hidden} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
    </section>
  );
}

/** Policy regions (京津冀, 长三角…): one click selects or clears all their provinces. */
function RegionGroups({ groups }: { groups: GroupBucket[] }) {
  const num = useNumber();
  const t = useT();
  const lang = useExplorer((s) => s.lang);
  const selectMany = useExplorer((s) => s.selectMany);
  return (
    <div className="region-groups" role="group" aria-label={t('regionGroups')}>
      {groups.filter((g) => g.count > 0 || g.selected).map((g) => (
        <button
          key={g.value}
          type="button"
          className="group-chip"
          aria-pressed={g.selected}
          title={labelText(g.label, lang)}
          onClick={() => selectMany('region', g.provinces, !g.selected)}
        >
          {labelText(g.label, lang)} <span className="facet-count">{num(g.count)}</span>
        </button>
      ))}
    </div>
  );
}
