/** Why a corpus could not be used, as a string key and its values: shown in the UI's language. */
export type LoadProblem =
  | { key: 'loadUnreachable'; vars: { url: string; why: string } }
  | { key: 'loadHttp'; vars: { url: string; status: string } }
  | { key: 'loadNotJson'; vars: { url: string } }
  | { key: 'loadNotCorpus'; vars: { origin: string; where: string; why: string } }
  | { key: 'loadOldFormat'; vars: { origin: string; version: number; current: number } }
  | { key: 'loadRowsElsewhere'; vars: { origin: string } };

/** Why the corpus could not be used, in words an analyst can act on (the message is the English form). */
export class CorpusLoadError extends Error {
  constructor(message: string, readonly kind: 'network' | 'http' | 'json' | 'schema', readonly problem?: LoadProblem) {
    super(message);
    this.name = 'CorpusLoadError';
  }
}
