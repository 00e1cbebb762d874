import { useCorpus } from './data/corpus-query';

export function App() {
  const corpus = useCorpus();
  return (
    <main className="app">
      <h1>SRDI Explorer</h1>
      {corpus.isPending && <p role="status">Loading corpus…</p>}
      {corpus.isError && (
        <div role="alert">
          <p>{corpus.error.message}</p>
          <button type="button" onClick={() => void corpus.refetch()}>Retry</button>
        </div>
      )}
      {corpus.isSuccess && (
        <p role="status">
          {corpus.data.articles.length} articles loaded from {corpus.data.sources.length} pages
          {corpus.data.skipped.length > 0 && ` (${corpus.data.skipped.length} skipped as invalid)`}
        </p>
      )}
    </main>
  );
}
