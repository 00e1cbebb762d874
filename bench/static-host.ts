// The split corpus served as a static host serves it: by another process, from files it
// read once as bytes. Served from the benchmark's own process, every response waited
// behind that process's collections (it holds the generated corpus, gigabytes at 1M) and
// its lazy encoding of each file: at 100k the list's first rows and the text shards'
// first search files queued for about a second behind the rows requests, time no static
// host spends. The host answers byte ranges as the app's row requests need.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticHost {
  url: string;
  close: () => Promise<void>;
}

const SERVE = fileURLToPath(new URL('./static-host-process.ts', import.meta.url));

/** Serves `dist` with the corpus files under /corpus/, from a child process; resolves once it listens. */
export async function startStaticHost(dist: string, files: readonly { name: string; body: string | Uint8Array }[]): Promise<StaticHost> {
  const dir = mkdtempSync(join(tmpdir(), 'srdi-bench-corpus-'));
  for (const f of files) writeFileSync(join(dir, f.name), f.body);
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, dist, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += String(d);
      const line = /^(http:\S+)\n/m.exec(out);
      if (line) resolve(line[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the static host exited (${code}) before listening`)));
  });
  return {
    url,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
