// npm run serve -- --db postgres://… [--corpus FILE] [--port 8080] [--host 127.0.0.1]
//                  [--public-url URL] [--read-token TOKEN] [--dist dist]
// Brings the database's schema up to date, loads or updates the corpus (idempotent; bad
// articles reported and skipped), then serves the built app in remote mode and the API.
// Writes need SRDI_TOKEN; reads are open unless a read token is given (--read-token or
// SRDI_READ_TOKEN). Binds to 127.0.0.1 unless told otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import sirv from 'sirv';
import { loadCorpus } from './load-corpus';
import { migrate } from './migrate';
import { followCorpus } from './follow-corpus';
import { teamServer } from './http';
import { readCatalog } from './view';

const USAGE = 'usage: npm run serve -- --db postgres://… [--corpus FILE] [--port 8080] [--host 127.0.0.1] [--public-url URL] [--read-token TOKEN] [--dist dist]';

function options() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' }, corpus: { type: 'string' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' },
      'public-url': { type: 'string' }, 'read-token': { type: 'string' }, dist: { type: 'string', default: 'dist' }, help: { type: 'boolean' },
    },
  });
  const db = values.db ?? process.env.DATABASE_URL;
  const port = Number(values.port);
  if (values.help || !db || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`${USAGE}\n${db ? `--port must be a port number, not ${values.port}\n` : 'name the database with --db (or DATABASE_URL)\n'}`);
    process.exit(values.help ? 0 : 2);
  }
  return { db, port, host: values.host, corpus: values.corpus ?? null, publicUrl: values['public-url'] ?? null, readToken: values['read-token'] ?? process.env.SRDI_READ_TOKEN ?? null, dist: resolve(values.dist) };
}

async function main(): Promise<void> {
  const o = options();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  for (const name of await migrate(o.db)) log(`migrated: ${name}`);
  const db = new pg.Pool({ connectionString: o.db, max: 8, statement_timeout: 30_000 });
  if (o.corpus) {
    const client = await db.connect();
    try {
      const r = await loadCorpus(client, JSON.parse(readFileSync(o.corpus, 'utf8')));
      log(`corpus: ${r.articles} articles (${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed, ${r.skipped.length} skipped)`);
      for (const s of r.skipped) log(`  skipped article ${s.index}${s.id ? ` (${s.id})` : ''}: ${s.reason}`);
    } finally {
      client.release();
    }
  }
  if (!existsSync(resolve(o.dist, 'index.html'))) log(`no built app in ${o.dist} (run npm run build): the API alone is served`);
  const writeToken = process.env.SRDI_TOKEN || null;
  if (!writeToken) log('SRDI_TOKEN is not set: the server takes no writes (shared views are read-only)');
  const deps = {
    db, catalog: await readCatalog(db), cache: new Map(), writeToken, readToken: o.readToken,
    config: { mode: 'remote' as const, api: '/api', publicUrl: o.publicUrl, readToken: o.readToken !== null },
  };
  // Other servers over the same database may load a corpus: follow their loads.
  const unfollow = await followCorpus(deps, (e) => log(`following the corpus: ${e.message}`));
  const server = teamServer(deps, sirv(o.dist, { etag: true }), log);
  server.listen(o.port, o.host, () => log(`serving on http://${o.host}:${(server.address() as { port: number }).port}${o.publicUrl ? ` (links: ${o.publicUrl})` : ''}`));
  const stop = () => server.close(() => void unfollow().then(() => db.end()));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`serve: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
