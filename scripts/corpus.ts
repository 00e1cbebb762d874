// npm run corpus: the pipeline's CLI (src/pipeline/cli.ts, its options there) run as one
// bundled module, and its page workers too (scripts/bundle-pipeline.ts says why).
import { bundlePipeline, PAGE_WORKER_ENTRY } from './bundle-pipeline';

const bundle = await bundlePipeline({ cli: 'src/pipeline/cli.ts', 'page-worker': PAGE_WORKER_ENTRY });
process.setSourceMapsEnabled(true);
// The CLI reads the page worker's bundle from here (it alone touches the process).
process.env.SRDI_PAGE_WORKER = bundle.modules['page-worker']!.href;
try {
  await import(bundle.modules.cli!.href);
} finally {
  bundle.remove();
}
