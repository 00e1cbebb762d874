// The Web Worker entry: one text shard off the main thread, so fetching, parsing and
// indexing 100k article texts and scanning them for a query never stall the page.
import { createLocalHost } from './text-host';
import type { WorkerMessage, WorkerRequest } from './text-protocol';

const host = createLocalHost();
const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    if (req.method === 'loadChunks') {
      await host.loadChunks(req.plan, (progress) => post({ id: req.id, kind: 'chunk', progress }));
      post({ id: req.id, kind: 'result', result: undefined });
    } else if (req.method === 'loadInline') {
      await host.loadInline(req.docs);
      post({ id: req.id, kind: 'result', result: undefined });
    } else if (req.method === 'search') {
      const hits = await host.search(req.q);
      // The hit arrays move to the page without a copy.
      post({ id: req.id, kind: 'result', result: hits }, hits ? [hits.docs.buffer, hits.scores.buffer] : []);
    } else {
      post({ id: req.id, kind: 'result', result: await host.texts(req.ids) });
    }
  } catch (e) {
    post({ id: req.id, kind: 'error', message: (e as Error).message });
  }
};
