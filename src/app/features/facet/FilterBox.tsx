// The filter box and show-more shared by long facet lists.
import { useState } from 'react';
import type { FacetBucket } from '../../model/facets';
import { useT } from '../../ui/shell-context';

export function useFilterable(buckets: FacetBucket[], visibleCount: number) {
  const [filter, setFilter] = useState('');
  const [expanded, setExpanded] = useState(false);
  const needle = filter.trim().toLowerCase();
  const shown = needle ? buckets.filter((b) => `${b.label.zh} ${b.label.en} ${b.value}`.toLowerCase().includes(needle)) : buckets;
  // A selected value is always in view: it joins the first rows instead of hiding behind "Show more".
  const collapsed = [...shown.slice(0, visibleCount), ...shown.slice(visibleCount).filter((b) => b.selected || b.excluded)];
  const visible = expanded || needle ? shown : collapsed;
  const hidden = needle ? 0 : expanded ? shown.length - visibleCount : shown.length - collapsed.length;
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
