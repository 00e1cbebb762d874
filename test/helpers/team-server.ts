// A team server for a test, on a free loopback port over a database the test loaded: the
// same `teamServer` `npm run serve` starts, with the tokens and the static files asked for.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import type { ApiDeps } from '../../src/server/api';
import { teamServer, type StaticHandler } from '../../src/server/http';
import { followCorpus } from '../../src/server/follow-corpus';
import { readCatalog } from '../../src/server/view';

export interface TestTeamServer {
  url: string;
  /** Mutable: a test that learns its public URL only from the port sets it here. */
  config: ApiDeps['config'];
  close(): Promise<void>;
}

const noFiles: StaticHandler = (_req, _res, next) => next();

type Options = Partial<Pick<ApiDeps, 'writeToken' | 'readToken'>> & { publicUrl?: string | null; files?: StaticHandler; follow?: boolean };

/** `follow`: the server follows loads by others over the same database, as `npm run serve` does (it holds one connection for it). */
export async function startTeamServer(pool: pg.Pool, options: Options = {}): Promise<TestTeamServer> {
  const { writeToken = null, readToken = null, publicUrl = null, files = noFiles, follow = false } = options;
  const config: ApiDeps['config'] = { mode: 'remote', api: '/api', publicUrl, readToken: readToken !== null };
  const deps: ApiDeps = { db: pool, catalog: await readCatalog(pool), cache: new Map(), writeToken, readToken, config };
  const unfollow = follow ? await followCorpus(deps, (e) => { throw e; }) : async () => undefined;
  const server: Server = teamServer(deps, files, () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await unfollow();
  };
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, config, close };
}
