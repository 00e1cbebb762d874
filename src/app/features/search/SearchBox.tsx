// The one search box. "/" focuses it from anywhere; the query updates results as you type.
import { Q_MAX } from '../../model/filters';
import { useRef } from 'react';
import type { ParsedQuery } from '../../model/query';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/shell-context';
import { useShortcut } from '../../ui/use-shortcut';

export function SearchBox({ query }: { query: ParsedQuery }) {
  const q = useExplorer((s) => s.filters.set.q);
  const lang = useExplorer((s) => s.lang);
  const refine = useExplorer((s) => s.refine);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);

  useShortcut((e) => {
    if (e.key !== '/') return;
    e.preventDefault();
    input.current?.focus();
  });

  const expanded = query.terms.filter((term) => term.expandedFrom);
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        maxLength={Q_MAX}
        onChange={(e) => refine({ q: e.target.value }, { article: null })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') refine({ q: '' });
        }}
      />
      {expanded.map((term) => (
        <p key={term.text} className="search-note">
          {t('synonyms', {
            term: term.text,
            taxonomy: lang === 'zh' ? term.expandedFrom!.label.zh : term.expandedFrom!.label.en,
            terms: term.expandedFrom!.terms.slice(0, 8).join('、'),
          })}
        </p>
      ))}
    </div>
  );
}
