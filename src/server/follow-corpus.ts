// Several servers over one database (behind a balancer) each keep the corpus's catalog in
// memory. A load, by any of them or by `npm run serve` starting, is announced with NOTIFY
// when it commits; every server LISTENing reads the catalog again and drops its search
// cache, so none answers by a corpus that is gone (a client still numbering by the old one
// is told to reload). Notifications do not reach physical read replicas: servers there
// would poll the corpus row's load time instead.
import type { ApiDeps } from './api';
import { readCatalog } from './view';

export const CORPUS_CHANNEL = 'srdi_corpus';

/** Follows loads until the returned function is called; `onError` hears a failed re-read or a lost connection. */
export async function followCorpus(deps: Pick<ApiDeps, 'db' | 'catalog' | 'cache'>, onError: (e: Error) => void): Promise<() => Promise<void>> {
  const client = await deps.db.connect();
  let reading: Promise<void> = Promise.resolve();
  client.on('notification', () => {
    reading = reading.then(async () => {
      deps.catalog = await readCatalog(deps.db);
      deps.cache.clear();
    }).catch(onError);
  });
  client.on('error', onError);
  await client.query(`LISTEN ${CORPUS_CHANNEL}`);
  return async () => {
    await client.query(`UNLISTEN ${CORPUS_CHANNEL}`).catch(() => undefined);
    await reading;
    client.release();
  };
}
