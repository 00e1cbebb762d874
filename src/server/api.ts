// The JSON API as a function of a request: which route, whether its token allows it, its
// body parsed by the shared schemas (a request the app could not have made is refused
// by name), and the answer. No socket here: http.ts reads and writes the wire.
import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import type { z } from 'zod';
import { ApiSavedViewInput, ApiViewRequest, type ApiConfig, type ApiError } from '../shared/api';
import { parseQuery } from '../shared/search/query';
import { createView, deleteView, listViews, updateView } from './saved-views';
import { serverView, type Catalog, type HitsCache } from './view';

export interface ApiDeps {
  db: Pool;
  catalog: Catalog;
  cache: HitsCache;
  /** Writes need this token; with none set, writes are refused. */
  writeToken: string | null;
  /** When set, reads need it (or the write token) too. */
  readToken: string | null;
  config: ApiConfig;
}

export interface ApiRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  /** The bearer token sent, if any. */
  token: string | null;
  body: unknown;
}

export interface ApiAnswer {
  status: number;
  json: unknown;
}

const fail = (status: number, error: string, message: string): ApiAnswer => ({ status, json: { error, message } satisfies ApiError });

const sameToken = (sent: string | null, expected: string | null): boolean => {
  if (sent === null || expected === null) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Why a request may not go ahead, or null: reads are open unless a read token is set; writes always need the write token. */
function refusal(deps: ApiDeps, req: ApiRequest): ApiAnswer | null {
  const write = req.method !== 'GET' && !(req.method === 'POST' && req.path === '/api/view');
  if (write) {
    if (deps.writeToken === null) return fail(403, 'writes-disabled', 'this server takes no writes: start it with SRDI_TOKEN set');
    return sameToken(req.token, deps.writeToken) ? null : fail(401, 'token', 'a write needs the team token (Authorization: Bearer …)');
  }
  if (deps.readToken === null || sameToken(req.token, deps.readToken) || sameToken(req.token, deps.writeToken)) return null;
  return fail(401, 'token', 'this server needs a read token (Authorization: Bearer …)');
}

/** The body parsed by a schema, or the answer naming the first thing wrong with it. */
function parsed<T>(schema: z.ZodType<T>, body: unknown): { ok: true; value: T } | { ok: false; answer: ApiAnswer } {
  const r = schema.safeParse(body);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, answer: fail(400, 'request', `${issue.path.join('.') || 'body'}: ${issue.message}`) };
}

async function view(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiViewRequest, body);
  if (!req.ok) return req.answer;
  const error = parseQuery(req.value.set.q).error;
  if (error) return { status: 400, json: { error: 'query', message: `the query does not parse (${error.code} at ${error.at})`, detail: error } };
  return { status: 200, json: await serverView(deps.db, deps.catalog, req.value, deps.cache) };
}

async function savedViews(deps: ApiDeps, req: ApiRequest, id: string | null): Promise<ApiAnswer> {
  if (req.method === 'GET' && id === null) return { status: 200, json: await listViews(deps.db) };
  if (req.method === 'DELETE' && id !== null) return (await deleteView(deps.db, id)) ? { status: 204, json: null } : fail(404, 'not-found', `no saved view ${id}`);
  if ((req.method === 'POST' && id === null) || (req.method === 'PUT' && id !== null)) {
    const input = parsed(ApiSavedViewInput, req.body);
    if (!input.ok) return input.answer;
    if (id === null) return { status: 201, json: await createView(deps.db, input.value) };
    const updated = await updateView(deps.db, id, input.value);
    return updated ? { status: 200, json: updated } : fail(404, 'not-found', `no saved view ${id}`);
  }
  return fail(405, 'method', `${req.method} is not allowed on ${req.path}`);
}

const VIEW_ID = /^\/api\/saved-views\/([0-9a-f-]{36})$/;

/** Answers an API request. */
export async function answer(deps: ApiDeps, req: ApiRequest): Promise<ApiAnswer> {
  const refused = refusal(deps, req);
  if (refused) return refused;
  if (req.path === '/api/view') return req.method === 'POST' ? view(deps, req.body) : fail(405, 'method', 'ask for a view with POST');
  if (req.path === '/api/saved-views') return savedViews(deps, req, null);
  const id = VIEW_ID.exec(req.path)?.[1];
  if (id) return savedViews(deps, req, id);
  if (req.path === '/api/corpus' && req.method === 'GET') return { status: 200, json: { total: deps.catalog.total } };
  return fail(404, 'not-found', `no such endpoint: ${req.method} ${req.path}`);
}
