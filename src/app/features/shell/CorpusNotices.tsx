// What the user should know about the loaded corpus: loading or failing, text still
// indexing or partly missing, invalid articles skipped, a failed search.
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { CorpusLoadError } from '../../data/corpus-error';
import { needsToken } from '../../data/server-fetch';
import { useTeamSignIn } from '../../data/team-sign-in';
import type { LoadedCorpus } from '../../data/loaded-corpus';
import { useTextStatus } from '../../data/TextIndexProvider';
import { Skeleton } from '../../ui/Skeleton';
import { useNumber, useT } from '../../ui/shell-context';

/** The corpus while it loads, or why it did not: nothing else can show without it. */
export function CorpusLoadState({ corpus }: { corpus: UseQueryResult<LoadedCorpus> }) {
  const t = useT();
  if (corpus.isPending) return <Skeleton label={t('loading')} />;
  if (!corpus.isError) return null;
  if (needsToken(corpus.error)) return <TokenGate />;
  const problem = corpus.error instanceof CorpusLoadError ? corpus.error.problem : null;
  return (
    <div className="load-error" role="alert">
      <p>{problem ? t(problem.key, problem.vars) : corpus.error.message}</p>
      <button type="button" onClick={() => void corpus.refetch()}>
        {t('retry')}
      </button>
    </div>
  );
}

/** A team server that needs a token to read: asks for it (kept for this session only). */
function TokenGate() {
  const t = useT();
  const signIn = useTeamSignIn();
  const [token, setToken] = useState('');
  return (
    <form className="load-error token-gate" onSubmit={(e) => { e.preventDefault(); signIn(token); }}>
      <p role="alert">{t('tokenNeeded')}</p>
      <input type="password" value={token} onChange={(e) => setToken(e.target.value)} aria-label={t('teamToken')} placeholder={t('teamToken')} autoComplete="off" required />
      <button type="submit">{t('signIn')}</button>
    </form>
  );
}

export function CorpusNotices({ corpus, searchError }: { corpus: LoadedCorpus; searchError: Error | null }) {
  const t = useT();
  return (
    <>
      <TextStatusNotice />
      {searchError && <div className="notice" role="alert">{t('searchFailed', { why: searchError.message })}</div>}
      {corpus.facetFileProblem && <div className="notice subtle" role="note">{t('facetFileUnused', { why: corpus.facetFileProblem })}</div>}
      {corpus.skipped.length > 0 && (
        <div className="notice" role="note">
          {t('skipped', { n: corpus.skipped.length })}{' '}
          <span className="muted">{corpus.skipped.slice(0, 3).map((s) => `${s.id ?? `#${s.index}`}: ${s.reason}`).join('; ')}</span>
        </div>
      )}
    </>
  );
}

/** Progress of the background text loading, and any part that failed, in words. */
function TextStatusNotice() {
  const status = useTextStatus();
  const t = useT();
  const num = useNumber();
  if (status.tooLarge) return <div className="notice" role="note">{t('textTooLarge', { n: num(status.tooLarge.articles), limit: num(status.tooLarge.limit) })}</div>;
  if (status.failures.length > 0) {
    return <div className="notice" role="alert">{t('textFailed', { n: status.failures.length, why: status.failures.slice(0, 2).join('; ') })}</div>;
  }
  const unused = status.fallbacks.length > 0 && (
    <div className="notice subtle" role="note">{t('searchPartUnused', { n: num(status.fallbacks.length), why: status.fallbacks.slice(0, 2).join('; ') })}</div>
  );
  // Search works once the shards are sealed; the texts for reading keep arriving behind it.
  if (status.searchReady || status.chunks <= 1) return unused || null;
  return (
    <>
      {unused}
      <div className="notice subtle text-indexing" role="status" aria-live="polite">
        <progress max={status.chunks} value={status.partsLoaded} /> {t('textIndexing', { done: num(status.partsLoaded), total: num(status.chunks) })}
      </div>
    </>
  );
}
