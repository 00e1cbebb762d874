// A throwaway PostgreSQL cluster, started from Debian's binaries: initdb into a temporary
// folder with a UTF-8 locale (with LC_CTYPE=C, pg_trgm sees no Chinese), on 127.0.0.1 and
// a free port, as the postgres user when run as root; stopped and deleted after. Used by
// the tests, the bench and `npm run serve:local`. When none can be started, `why` says why.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayDatabase {
  url: string;
  stop(): void;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root (initdb refuses root). */
function run(bin: string, args: string[]): void {
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { env, stdio: 'pipe' });
  else execFileSync(bin, args, { env, stdio: 'pipe' });
}

const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A detached watcher that stops the cluster and deletes its folder once `owner` is gone:
 * a test run or a bench killed mid-way (a timeout, Ctrl-C) never reaches its own stop,
 * and its cluster would otherwise run on, holding memory and a port.
 */
function stopWhenGone(owner: number, pgCtl: string, data: string, dir: string) {
  const stopCommand = `${asRoot ? 'runuser -u postgres -- ' : ''}${quoted(pgCtl)} -D ${quoted(data)} -m immediate stop`;
  const script = `while kill -0 ${owner} 2>/dev/null; do sleep 2; done; ${stopCommand} >/dev/null 2>&1; rm -rf ${quoted(dir)}`;
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

/** A cluster of its own, or why there is none. */
export async function throwawayDatabase(): Promise<{ db: ThrowawayDatabase | null; why: string | null }> {
  const bin = binDir();
  if (!bin) return { db: null, why: 'no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)' };
  const dir = mkdtempSync(join(tmpdir(), 'srdi-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    if (asRoot) execFileSync('chown', ['postgres', dir]);
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    // -w: pg_ctl itself waits until the server accepts connections.
    run(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { db: null, why: `PostgreSQL could not be started: ${(e as Error).message.split('\n')[0]}` };
  }
  const watchdog = stopWhenGone(process.pid, join(bin, 'pg_ctl'), data, dir);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    watchdog.kill();
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return { db: { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop }, why: null };
}
