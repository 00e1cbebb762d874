// A team server for a test, on a free loopback port over a database the test loaded: the
// same `teamServer` `npm run serve` starts, with the tokens and the static files asked for.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import type { ApiDeps } from '../../src/server/api';
import { teamServer, type StaticHandler } from '../../src/server/http';
import { readCatalog } from '../../src/server/view';

export interface TestTeamServer {
  url: string;
  /** Mutable: a test that learns its public URL only from the port sets it here. */
  config: ApiDeps['config'];
  close(): Promise<void>;
}

const noFiles: StaticHandler = (_req, _res, next) => next();

export async function startTeamServer(pool: pg.Pool, options: Partial<Pick<ApiDeps, 'writeToken' | 'readToken'>> & { publicUrl?: string | null; files?: StaticHandler } = {}): Promise<TestTeamServer> {
  const { writeToken = null, readToken = null, publicUrl = null, files = noFiles } = options;
  const config: ApiDeps['config'] = { mode: 'remote', api: '/api', publicUrl, readToken: readToken !== null };
  const server: Server = teamServer({ db: pool, catalog: await readCatalog(pool), cache: new Map(), writeToken, readToken, config }, files, () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, config, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
