// Distinctive terms: the words the filtered articles use markedly more than the rest of
// the corpus (log-likelihood keyness over Intl.Segmenter words and the taxonomy lexicons),
// each read through a sample as Media Cloud does; a term clicked joins the query.
import { useDistinctiveTerms } from '../../data/terms-query';
import { Q_MAX } from '../../model/filters';
import type { View } from '../../model/view';
import { useExplorer } from '../../state/store';
import { useNumber, useT } from '../../ui/shell-context';

/** Per 10,000 words: rates of a set and its rest side by side, whatever their sizes. */
const perTenThousand = (n: number, total: number) => (total > 0 ? (n * 10_000) / total : 0);

export function DistinctiveTerms({ view }: { view: View }) {
  const t = useT();
  const num = useNumber();
  const q = useExplorer((s) => s.filters.set.q);
  const refine = useExplorer((s) => s.refine);
  const answer = useDistinctiveTerms(view.numbers, true);
  const { sample } = answer;
  if (sample.setSize === 0) return <p className="terms-empty">{t('noResults')}</p>;
  if (sample.restSize === 0) return <p className="terms-empty">{t('keynessNeedsFilter')}</p>;
  const add = (term: string) => {
    const next = q.trim() ? `${q.trim()} ${term}` : term;
    if (next.length <= Q_MAX) refine({ q: next });
  };
  const top = answer.data?.terms ?? [];
  const max = top[0]?.score ?? 1;
  return (
    <section className="keyness" aria-label={t('termsDistinctive')} aria-busy={answer.isFetching}>
      <p role="status" className="muted">
        {answer.isError ? t('kwicFailed', { why: answer.error.message }) : answer.data
          ? t(sample.set.length === sample.setSize && sample.rest.length === sample.restSize ? 'keynessAll' : 'keynessSample', { set: sample.set.length, setSize: sample.setSize, rest: sample.rest.length, restSize: sample.restSize })
          : t('keynessCounting')}
      </p>
      {answer.data && top.length === 0 && <p className="terms-empty">{t('keynessNone')}</p>}
      <ol className="keyness-list">
        {top.map((d) => (
          <li key={d.term}>
            <button type="button" className="keyness-term" onClick={() => add(d.term)} title={t('keynessAdd', { term: d.term })}>
              <span className="term">{d.term}</span>
              <span className="bar" style={{ width: `${Math.max(4, (d.score / max) * 100)}%` }} aria-hidden="true" />
            </button>
            <span className="muted small">
              {t('keynessRates', { set: perTenThousand(d.inSet, answer.data!.set).toFixed(1), rest: perTenThousand(d.inRest, answer.data!.rest).toFixed(1) })} · G² {num(Math.round(d.score))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
