// One facet as a list of real checkboxes: value and count in each accessible name,
// a filter box and show-more for long lists, zero-count values dimmed but kept.
import { useId, useState } from 'react';
import type { FacetBucket } from '../../model/facets';
import type { FacetId } from '../../model/filters';
import { labelText } from '../../model/labels';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/i18n';

const VISIBLE = 8;

export function CheckboxFacet({ facet, title, buckets }: { facet: FacetId; title: string; buckets: FacetBucket[] }) {
  const lang = useExplorer((s) => s.lang);
  const toggle = useExplorer((s) => s.toggle);
  const t = useT();
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  const needle = filter.trim().toLowerCase();
  const shown = needle ? buckets.filter((b) => `${b.label.zh} ${b.label.en} ${b.value}`.toLowerCase().includes(needle)) : buckets;
  const visible = expanded || needle ? shown : shown.slice(0, VISIBLE);

  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {buckets.length > VISIBLE && (
        <input
          type="search"
          className="facet-filter"
          placeholder={t('filterValues', { facet: title.toLowerCase() })}
          aria-label={t('filterValues', { facet: title })}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="facet-values">
        {visible.map((b) => (
          <FacetOption key={b.value} bucket={b} text={labelText(b.label, lang)} onToggle={() => toggle(facet, b.value)} />
        ))}
      </ul>
      {!needle && shown.length > VISIBLE && (
        <button type="button" className="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showLess') : t('showMore', { n: shown.length - VISIBLE })}
        </button>
      )}
    </section>
  );
}

export function FacetOption({ bucket, text, onToggle, extra }: { bucket: FacetBucket; text: string; onToggle: () => void; extra?: React.ReactNode }) {
  return (
    <li className={bucket.count === 0 && !bucket.selected ? 'facet-option empty' : 'facet-option'}>
      <label>
        <input type="checkbox" checked={bucket.selected} onChange={onToggle} aria-label={`${text} (${bucket.count})`} />
        <span className="facet-label">{text}</span>
        <span className="facet-count" aria-hidden="true">{bucket.count}</span>
      </label>
      {extra}
    </li>
  );
}
