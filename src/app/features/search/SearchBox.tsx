// The one search box. "/" focuses it from anywhere; the query updates results as you type.
import { Q_MAX } from '../../model/filters';
import { useEffect, useRef } from 'react';
import type { ParsedQuery } from '../../model/query';
import { useExplorer } from '../../state/store';
import { useT } from '../../ui/i18n';
import { isTyping } from '../../ui/is-typing';

export function SearchBox({ query }: { query: ParsedQuery }) {
  const q = useExplorer((s) => s.filters.q);
  const lang = useExplorer((s) => s.lang);
  const setFilters = useExplorer((s) => s.setFilters);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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
        onChange={(e) => setFilters({ q: e.target.value, article: null })}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setFilters({ q: '' });
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
