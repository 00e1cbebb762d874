// One facet as a list of real checkboxes: value and count in each accessible name,
// a filter box and show-more for long lists, zero-count values dimmed but kept.
import { useId } from 'react';
import type { FacetBucket } from '../../model/facets';
import type { FacetId } from '../../model/filters';
import { labelText } from '../../model/labels';
import { useExplorer } from '../../state/store';
import { FilterBox, ShowMore, useFilterable } from './FilterBox';
import { useNumber, useT } from '../../ui/shell-context';

const VISIBLE = 8;

export function CheckboxFacet({ facet, title, buckets }: { facet: FacetId; title: string; buckets: FacetBucket[] }) {
  const lang = useExplorer((s) => s.lang);
  const toggle = useExplorer((s) => s.toggle);
  const toggleExcluded = useExplorer((s) => s.toggleExcluded);
  const { filter, setFilter, visible, hidden, expanded, setExpanded } = useFilterable(buckets, VISIBLE);
  const headingId = useId();

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {buckets.length > VISIBLE && <FilterBox title={title} value={filter} onChange={setFilter} />}
      <ul className="facet-values">
        {visible.map((b) => (
          <FacetOption key={b.value} bucket={b} text={labelText(b.label, lang)} onToggle={() => toggle(facet, b.value)} onExclude={() => toggleExcluded(facet, b.value)} />
        ))}
      </ul>
      <ShowMore hidden={hidden} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
    </section>
  );
}

/** One value: its checkbox selects it; the ⊖ button filters it out (or lets it back in). */
export function FacetOption({ bucket, text, onToggle, onExclude, extra }: { bucket: FacetBucket; text: string; onToggle: () => void; onExclude?: () => void; extra?: React.ReactNode }) {
  const num = useNumber();
  const t = useT();
  const classes = ['facet-option', bucket.count === 0 && !bucket.selected && !bucket.excluded ? 'empty' : '', bucket.excluded ? 'excluded' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <label>
        <input type="checkbox" checked={bucket.selected} onChange={onToggle} aria-label={`${text} (${num(bucket.count)})`} />
        <span className="facet-label" title={text}>{text}</span>
        <span className="facet-count" aria-hidden="true">{num(bucket.count)}</span>
      </label>
      {onExclude && (
        <button type="button" className="exclude" aria-pressed={bucket.excluded} aria-label={t(bucket.excluded ? 'letBackIn' : 'filterOut', { name: text })} title={t(bucket.excluded ? 'letBackIn' : 'filterOut', { name: text })} onClick={onExclude}>
          ⊖
        </button>
      )}
      {extra}
    </li>
  );
}
