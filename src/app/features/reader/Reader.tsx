// The reader: the cleaned article with search matches and key figures highlighted,
// its date evidence and provenance, and keyboard movement through the results.
import { useEffect, useMemo } from 'react';
import type { ArticleMeta as Article } from '../../../shared/schema';
import { useArticleText } from '../../data/article-text-query';
import { useEngine } from '../../data/engine-context';
import { useRows } from '../../data/rows-query';
import { numberOf } from '../../model/engine';
import { dateEvidenceText } from '../../strings/date-evidence';
import { formatDate } from '../../model/dates';
import { labelText, valueLabel } from '../../model/labels';
import { matchRanges, type ParsedQuery } from '../../../shared/search/query';
import { useExplorer } from '../../state/store';
import { Highlighted } from '../../ui/Highlighted';
import { useT, useNumber } from '../../ui/shell-context';
import { ArticleDocuments, ArticleFigures, ArticlePlaces } from './ReaderSections';
import { combineMarks, figureRanges } from './paragraph-marks';
import { useShortcut } from '../../ui/use-shortcut';

/** `numbers`: the results' article numbers in list order (what ↑ and ↓ move through). */
export function Reader({ numbers, query }: { numbers: Uint32Array; query: ParsedQuery }) {
  const num = useNumber();
  const engine = useEngine();
  const articleId = useExplorer((s) => s.filters.view.article);
  const lang = useExplorer((s) => s.lang);
  const setView = useExplorer((s) => s.setView);
  const t = useT();
  // Most renders have no article open: skip the pass over (possibly 100k) results.
  const index = useMemo(() => (articleId ? numbers.indexOf(numberOf(engine, articleId)) : -1), [engine, numbers, articleId]);
  const wanted = useMemo(() => (index >= 0 ? numbers.subarray(index, index + 1) : null), [numbers, index]);
  const article = useRows(wanted).rows?.[0] ?? null;
  const go = (delta: number) => {
    if (numbers.length === 0) return;
    const next = index < 0 ? (delta > 0 ? 0 : numbers.length - 1) : Math.min(numbers.length - 1, Math.max(0, index + delta));
    setView({ article: engine.ids[numbers[next]!]! });
  };

  useShortcut((e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j' || e.key === 'ArrowDown') go(1);
    else if (e.key === 'k' || e.key === 'ArrowUp') go(-1);
    else if (e.key === 'Escape' && article) setView({ article: null });
    else return;
    e.preventDefault();
  });

  useEffect(() => {
    // scrollIntoView is missing in some environments (jsdom); scrolling is a nicety there.
    if (article) document.querySelector('.result.selected')?.scrollIntoView?.({ block: 'nearest' });
  }, [article]);

  if (!article) return <aside className="reader empty" aria-label={t('reader')}><p>{t('readerEmpty')}</p></aside>;

  return (
    <aside className="reader" aria-label={t('reader')}>
      <div className="reader-nav">
        <button type="button" onClick={() => go(-1)} disabled={index <= 0}>↑ {t('previous')}</button>
        <span className="muted">{num(index + 1)} / {num(numbers.length)}</span>
        <button type="button" onClick={() => go(1)} disabled={index >= numbers.length - 1}>↓ {t('next')}</button>
        <button type="button" className="link" onClick={() => setView({ article: null })}>{t('close')}</button>
      </div>
      <article>
        <h2 className={article.title ? '' : 'untitled'}>
          {article.title ? <Highlighted text={article.title} marks={matchRanges(article.title, query).map((range) => ({ range, className: 'hit' }))} /> : t('untitled')}
        </h2>
        <p className="reader-meta">
          <time dateTime={article.date ?? undefined}>{formatDate(article.date, lang)}</time>
          {article.outlet && <> · <span>{article.outlet}</span></>}
          {article.byline && <> · <span>{article.byline}</span></>}
        </p>
        <div className="result-chips">
          {article.regions.map((r) => <span key={r} className="mini-chip region">{labelText(valueLabel('region', r), lang)}</span>)}
          {article.cities.filter((c) => !article.regions.includes(c)).map((c) => <span key={c} className="mini-chip region">{labelText(valueLabel('city', c), lang)}</span>)}
          {article.industries.map((i) => <span key={i} className="mini-chip industry">{labelText(valueLabel('industry', i), lang)}</span>)}
          {article.topics.map((i) => <span key={i} className="mini-chip topic">{labelText(valueLabel('topic', i), lang)}</span>)}
        </div>
        <ArticleText article={article} query={query} />
        <ArticlePlaces article={article} lang={lang} />
        <ArticleFigures article={article} />
        <ArticleDocuments article={article} />
        <footer className="provenance">
          <p>
            {t('source')}: <code>{article.source.file}</code>, {t('lines', { a: article.source.lineStart, b: article.source.lineEnd })} · <code>{article.id}</code>
          </p>
          <p title={t('dateEvidence')}>{t('dateEvidence')}: {dateEvidenceText(article.dateEvidence, lang)}</p>
        </footer>
      </article>
    </aside>
  );
}

/** The text arrives from the text workers; until then the lead stands in, marked as loading. */
function ArticleText({ article, query }: { article: Article; query: ParsedQuery }) {
  const t = useT();
  const text = useArticleText(article.id);
  const focus = useExplorer((s) => s.filters.view.paragraph);
  const loaded = text.data !== undefined;
  useEffect(() => {
    // A concordance line opened the article at this paragraph: bring it into view once the text is in.
    if (loaded && focus !== null) document.querySelector('.reader-paragraph.focus')?.scrollIntoView?.({ block: 'center' });
  }, [loaded, focus, article.id]);
  if (text.isError) return <p className="notice" role="alert">{t('textUnavailable', { why: text.error.message })}</p>;
  if (!text.data) {
    return (
      <div aria-busy="true">
        <p className="reader-paragraph muted">{article.lead}</p>
        <p className="muted">{t('textLoading')}</p>
      </div>
    );
  }
  return (
    <>
      {text.data.map((p, i) => {
        const { marks, total } = combineMarks(matchRanges(p, query), figureRanges(article.figures, i, p));
        return (
          <p key={i} className={i === focus ? 'reader-paragraph focus' : 'reader-paragraph'}>
            <Highlighted text={p} marks={marks} />
            {total > marks.length && <span className="muted small" role="note"> {t('marksCapped', { shown: marks.length, total })}</span>}
          </p>
        );
      })}
    </>
  );
}

