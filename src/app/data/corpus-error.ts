/** Why the corpus could not be used, in words an analyst can act on. */
export class CorpusLoadError extends Error {
  constructor(message: string, readonly kind: 'network' | 'http' | 'json' | 'schema') {
    super(message);
    this.name = 'CorpusLoadError';
  }
}
