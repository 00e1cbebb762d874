// The Web Worker entry: one text shard off the main thread, so fetching, parsing and
// indexing 100k article texts and scanning them for a query never stall the page.
import { createLocalHost } from './text-host';
import type { WorkerMessage, WorkerRequest, WorkerResult } from './text-protocol';

const host = createLocalHost();
const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

/** The answer and the buffers that move to the page without a copy. */
async function answer(req: WorkerRequest): Promise<[WorkerResult, Transferable[]]> {
  switch (req.method) {
    case 'loadChunks':
      await host.loadChunks(req.plan, (progress) => post({ id: req.id, kind: 'chunk', progress }));
      return [undefined, []];
    case 'loadInline':
      await host.loadInline(req.docs);
      return [undefined, []];
    case 'search': {
      const hits = await host.search(req.q);
      return [hits, hits ? [hits.docs.buffer, hits.scores.buffer] : []];
    }
    case 'texts':
      return [await host.texts(req.ids), []];
    case 'concordance':
      return [await host.concordance(req.numbers, req.q, req.sort, req.limit), []];
    case 'termHits': {
      const series = await host.termHits(req.terms);
      return [series, series.flatMap((s) => [s.docs.buffer, s.counts.buffer])];
    }
    case 'termCounts':
      return [await host.termCounts(req.set, req.rest), []];
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    const [result, transfer] = await answer(req);
    post({ id: req.id, kind: 'result', result }, transfer);
  } catch (e) {
    post({ id: req.id, kind: 'error', message: (e as Error).message });
  }
};
