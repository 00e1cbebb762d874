// The first requests, started before the first render: config.json, then (offline) the
// corpus's facet file and index, into the same cache the hooks read. Rendering the shell
// took the page 250-400 ms at 100k articles before a hook asked for config.json, and the
// facet file could not start before it.
import type { QueryClient } from '@tanstack/react-query';
import { appConfigQueryOptions } from './app-config';
import { corpusQueryOptions, facetFileQueryOptions } from './corpus-query';

export function prefetchCorpus(client: QueryClient): void {
  client.fetchQuery(appConfigQueryOptions()).then(
    (config) => {
      // A team server's corpus waits for its hooks: they know whether the analyst is signed in.
      if (config.mode === 'remote') return;
      void client.prefetchQuery(facetFileQueryOptions());
      void client.prefetchQuery(corpusQueryOptions());
    },
    // The hooks ask again and show what went wrong.
    () => undefined,
  );
}
