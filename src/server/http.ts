// The team server on the wire: /config.json (tells the app to use this server), /api/*
// (api.ts), and everything else from the built app (a static handler passed in). Request
// bodies are capped; every answer is JSON with no caching; an error inside is logged and
// answered 500 without its details.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { answer, refusal, type ApiDeps, type ApiAnswer } from './api';

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Far above any view request or saved view (a few KB); a larger body is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A corpus loaded through the API (PUT /api/corpus, with the team token): the JSON of some 100,000 articles. */
export const MAX_CORPUS_BYTES = 512 * 2 ** 20;

const send = (res: ServerResponse, a: ApiAnswer) => {
  const [body, type] = 'bytes' in a ? [a.bytes, a.type] : [a.json === null ? '' : JSON.stringify(a.json), 'application/json; charset=utf-8'];
  res.writeHead(a.status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length });
  res.end(body);
};

const failure = (status: number, error: string, message: string): ApiAnswer => ({ status, json: { error, message } });

/** The body as JSON, or why not (too large, not JSON). */
async function readBody(req: IncomingMessage, limit: number): Promise<{ ok: true; value: unknown } | { ok: false; answer: ApiAnswer }> {
  const tooLarge = { ok: false as const, answer: failure(413, 'too-large', `a request body here may be at most ${limit} bytes`) };
  if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return tooLarge;
    chunks.push(chunk);
  }
  if (size === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, answer: failure(400, 'json', 'the request body is not JSON') };
  }
}

/** The corpus checksum the app numbers by (x-srdi-corpus). */
export const CORPUS_HEADER = 'x-srdi-corpus';
const corpusOf = (req: IncomingMessage): string | null => {
  const v = req.headers[CORPUS_HEADER];
  return typeof v === 'string' ? v : null;
};

const bearer = (req: IncomingMessage): string | null => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;

async function api(deps: ApiDeps, req: IncomingMessage, path: string, log: (line: string) => void): Promise<ApiAnswer> {
  // A request its token does not allow is refused before its body is read (a corpus upload is large).
  const refused = refusal(deps, { method: req.method ?? 'GET', path, token: bearer(req) });
  if (refused) return refused;
  const limit = path === '/api/corpus' ? MAX_CORPUS_BYTES : MAX_BODY_BYTES;
  const body = req.method === 'GET' || req.method === 'DELETE' ? { ok: true as const, value: undefined } : await readBody(req, limit);
  if (!body.ok) return body.answer;
  try {
    return await answer(deps, { method: req.method ?? 'GET', path, token: bearer(req), corpus: corpusOf(req), body: body.value });
  } catch (e) {
    log(`${req.method} ${path}: ${e instanceof Error ? e.message : String(e)}`);
    return failure(500, 'internal', 'the server could not answer; its log says why');
  }
}

/** The server (not yet listening). */
export function teamServer(deps: ApiDeps, serveStatic: StaticHandler, log: (line: string) => void): Server {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://server').pathname;
    if (path === '/config.json') return send(res, { status: 200, json: deps.config });
    if (path.startsWith('/api/')) return void api(deps, req, path, log).then((a) => send(res, a));
    serveStatic(req, res, () => send(res, failure(404, 'not-found', `no such file: ${path}`)));
  });
}
