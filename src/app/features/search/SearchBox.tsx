// The one search box. "/" focuses it from anywhere; the query updates results as you type.
// It says what a query matches beyond its words (an entity's names and lexicon), what is
// wrong with one that does not parse (the results stay those of the last good one), and
// how the syntax works.
import { useMemo, useRef } from 'react';
import { Q_MAX } from '../../model/filters';
import { parseQuery, type ParsedQuery, type QueryTerm } from '../../../shared/search/query';
import { useExplorer } from '../../state/store';
import type { StringKey } from '../../strings/catalog';
import { useShell, useT } from '../../ui/shell-context';
import { useShortcut } from '../../ui/use-shortcut';
import { SyntaxHelp } from './SyntaxHelp';

export function SearchBox({ query }: { query: ParsedQuery }) {
  const q = useExplorer((s) => s.filters.set.q);
  const refine = useExplorer((s) => s.refine);
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const problem = useMemo(() => parseQuery(q).error, [q]);

  useShortcut((e) => {
    if (e.key !== '/') return;
    e.preventDefault();
    input.current?.focus();
  });

  return (
    <div className="search">
      <div className="search-row">
        <input
          ref={input}
          type="search"
          value={q}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'query-error' : undefined}
          maxLength={Q_MAX}
          onChange={(e) => refine({ q: e.target.value }, { article: null })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') refine({ q: '' });
          }}
        />
        <SyntaxHelp />
      </div>
      {problem ? (
        <p id="query-error" className="search-note search-error" role="alert">
          {t(`queryError_${problem.code}` as StringKey, { at: String(problem.at + 1), token: problem.token })}. {t('queryKeptResults')}
        </p>
      ) : (
        query.terms.filter((term) => term.expandedFrom.length > 0 && !term.negated).map((term, k) => <Expansion key={k} term={term} />)
      )}
    </div>
  );
}

function Expansion({ term }: { term: QueryTerm }) {
  const t = useT();
  const { lang } = useShell();
  const taxonomy = term.expandedFrom.find((e) => e.kind === 'industry' || e.kind === 'topic');
  if (taxonomy) {
    return <p className="search-note">{t('synonyms', { term: term.text, taxonomy: lang === 'zh' ? taxonomy.label.zh : taxonomy.label.en, terms: taxonomy.shown.slice(0, 8).join('、') })}</p>;
  }
  const names = term.expandedFrom.map((e) => (lang === 'zh' ? e.label.zh : `${e.label.zh} ${e.label.en}`)).join('、');
  return <p className="search-note">{t('namesEntity', { term: term.text, names })}</p>;
}
