// A throwaway cluster outlives no one: when the process that started it is killed before
// it can stop it (a CI timeout, Ctrl-C in a bench), its watchdog stops the cluster.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { throwawayDatabase } from '../../scripts/throwaway-postgres';

const probe = await throwawayDatabase();
probe.db?.stop();

const answers = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

it.skipIf(!probe.db)('stops the cluster of a process killed before it could', async () => {
  const script = "import('./scripts/throwaway-postgres.ts').then(async (m) => { const s = await m.throwawayDatabase(); process.stdout.write(s.db.url + '\\n'); setInterval(() => undefined, 1000); })";
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before starting a cluster`)));
  });
  expect(await answers(url)).toBe(true);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  await expect.poll(() => answers(url), { timeout: 30_000, interval: 500 }).toBe(false);
}, 60_000);
