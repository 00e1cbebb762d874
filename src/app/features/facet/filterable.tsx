// The filter box and show-more shared by long facet lists.
import { useState } from 'react';
import type { FacetBucket } from '../../model/facets';
import { useT } from '../../ui/i18n';

export function useFilterable(buckets: FacetBucket[], visibleCount: number) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? buckets.filter((b) => `${b.label.zh} ${b.label.en} ${b.value}`.toLowerCase().includes(needle)) : buckets;
  const visible = expanded || needle ? shown : shown.slice(0, visibleCount);
  const hidden = needle ? 0 : shown.length - visibleCount;
  return { filter, setFilter, visible, hidden, expanded, setExpanded };
}

export function FilterBox({ title, value, onChange }: { title: string; value: string; onChange: (v: string) => void }) {
  const t = useT();
  return (
    <input
      type="search"
      className="facet-filter"
      placeholder={t('filterValues', { facet: title.toLowerCase() })}
      aria-label={t('filterValues', { facet: title })}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function ShowMore({ hidden, expanded, onToggle }: { hidden: number; expanded: boolean; onToggle: () => void }) {
  const t = useT();
  if (hidden <= 0) return null;
  return (
    <button type="button" className="link" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? t('showLess') : t('showMore', { n: hidden })}
    </button>
  );
}
