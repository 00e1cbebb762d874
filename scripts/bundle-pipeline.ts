// The pipeline as one module per entry (esbuild), for the CLI and the benchmark. V8 does
// not inline a call into another ES module, and the stages' hot loops call small helpers
// across modules: the same page processing bundled into one module ran about 9 % faster on
// one core (npm run bench measures the bundle, as the CLI runs it). Bundling takes about
// 0.2 s; dependencies stay outside (resolved from the project's node_modules).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface PipelineBundle {
  /** Each entry's bundled module, by the name it was given. */
  modules: Record<string, URL>;
  /** Deletes the bundle's folder (each bundle has its own: runs at once do not share one). */
  remove: () => void;
}

/** Bundles each entry (name → path from the project root) into a folder of its own under node_modules/.cache. */
export async function bundlePipeline(entries: Record<string, string>): Promise<PipelineBundle> {
  const dir = join(root, 'node_modules/.cache/srdi-pipeline', `${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  const modules = Object.fromEntries(Object.keys(entries).map((name) => [name, pathToFileURL(join(dir, `${name}.mjs`))]));
  return { modules, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The page worker's entry, bundled beside whatever runs pages on threads. */
export const PAGE_WORKER_ENTRY = 'src/pipeline/page-worker.ts';
