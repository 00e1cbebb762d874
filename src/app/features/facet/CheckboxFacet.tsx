// One facet as a list of real checkboxes: value and count in each accessible name,
// a filter box and show-more for long lists, zero-count values dimmed but kept.
import { useId } from 'react';
import type { FacetBucket } from '../../model/facets';
import type { FacetId } from '../../model/filters';
import { labelText } from '../../model/labels';
import { useExplorer } from '../../state/store';
import { FilterBox, ShowMore, useFilterable } from './FilterBox';
import { useNumber } from '../../ui/shell-context';

const VISIBLE = 8;

export function CheckboxFacet({ facet, title, buckets }: { facet: FacetId; title: string; buckets: FacetBucket[] }) {
  const lang = useExplorer((s) => s.lang);
  const toggle = useExplorer((s) => s.toggle);
  const { filter, setFilter, visible, hidden, expanded, setExpanded } = useFilterable(buckets, VISIBLE);
  const headingId = useId();

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {buckets.length > VISIBLE && <FilterBox title={title} value={filter} onChange={setFilter} />}
      <ul className="facet-values">
        {visible.map((b) => (
          <FacetOption key={b.value} bucket={b} text={labelText(b.label, lang)} onToggle={() => toggle(facet, b.value)} />
        ))}
      </ul>
      <ShowMore hidden={hidden} expanded={expanded} onToggle={() => setExpanded(!expanded)} />
    </section>
  );
}

export function FacetOption({ bucket, text, onToggle, extra }: { bucket: FacetBucket; text: string; onToggle: () => void; extra?: React.ReactNode }) {
  const num = useNumber();
  return (
    <li className={bucket.count === 0 && !bucket.selected ? 'facet-option empty' : 'facet-option'}>
      <label>
        <input type="checkbox" checked={bucket.selected} onChange={onToggle} aria-label={`${text} (${num(bucket.count)})`} />
        <span className="facet-label" title={text}>{text}</span>
        <span className="facet-count" aria-hidden="true">{num(bucket.count)}</span>
      </label>
      {extra}
    </li>
  );
}
