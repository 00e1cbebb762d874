// The worker-thread entry of a parallel pipeline run: pages in, results out, nothing else.
import { parentPort } from 'node:worker_threads';
import { runPageJob, type PageJob } from './page-job';

parentPort?.on('message', (message: { id: number; job: PageJob }) => {
  parentPort?.postMessage({ id: message.id, outcome: runPageJob(message.job) });
});
