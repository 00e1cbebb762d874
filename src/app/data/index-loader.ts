// Fetching, parsing and checking the corpus index, handing the result on as it goes:
// what the index worker runs (the page then spends no time on the 100 MB of JSON or its
// checks), and what runs on the page where no worker can.
import { CorpusLoadError } from './corpus-error';
import type { IndexMessage, IndexRequest } from './index-protocol';
import { corpusSlices } from './parse-corpus';

/** Articles per message from the worker: each costs the page about 15 ms to receive at 500 (measured in Chromium at 100k). */
export const ARTICLES_PER_MESSAGE = 500;

/** Posts the head, every slice and the end; or one error naming what is wrong. */
export async function loadIndex(req: IndexRequest, fetchJsonImpl: (href: string, url: string) => Promise<unknown>, post: (m: IndexMessage) => void): Promise<void> {
  try {
    const json = await fetchJsonImpl(req.base, req.url);
    const { head, slices } = corpusSlices(json, req.url, (file) => new URL(file, req.base).href, ARTICLES_PER_MESSAGE);
    post({ kind: 'head', head });
    for (const slice of slices) post({ kind: 'slice', slice });
    post({ kind: 'done' });
  } catch (e) {
    const error = e instanceof CorpusLoadError ? e : new CorpusLoadError(`${req.url} could not be read: ${(e as Error).message}`, 'json');
    post({ kind: 'error', message: error.message, errorKind: error.kind, problem: error.problem ?? null });
  }
}
