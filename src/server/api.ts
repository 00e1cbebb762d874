// The JSON API as a function of a request: which route, whether its token allows it, its
// body parsed by the shared schemas (a request the app could not have made is refused
// by name), and the answer. No socket here: http.ts reads and writes the wire.
import { timingSafeEqual } from 'node:crypto';
import type { Pool } from 'pg';
import type { z } from 'zod';
import { ApiConcordanceRequest, ApiExportRequest, ApiRowsRequest, ApiTermCountsRequest, ApiTermHitsRequest, ApiTextsRequest, MAX_EXPORT, ApiSavedViewInput, ApiSearchRequest, ApiViewRequest, type ApiConfig, type ApiError, type ApiSearchHits } from '../shared/api';
import { Corpus } from '../shared/schema';
import { parseQuery } from '../shared/search/query';
import { createView, deleteView, listViews, updateView } from './saved-views';
import { loadCorpus } from './load-corpus';
import { concordanceOver, termCountsOf, termHitsOf } from './terms';
import { cachedHits, exportOf, readCatalog, rowsAt, serverView, textAt, textsAt, type Catalog, type HitsCache } from './view';

export interface ApiDeps {
  db: Pool;
  /** Replaced when a corpus is loaded through the API. */
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
  /** The corpus the client numbered its articles by (its facet index's checksum), when it says. */
  corpus: string | null;
  body: unknown;
}

/** JSON, or bytes of a type (the facet index's binary file). */
export type ApiAnswer = { status: number; json: unknown } | { status: number; bytes: Uint8Array; type: string };

const fail = (status: number, error: string, message: string): ApiAnswer => ({ status, json: { error, message } satisfies ApiError });

const sameToken = (sent: string | null, expected: string | null): boolean => {
  if (sent === null || expected === null) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Reads whose question is a body (a view, a query, a list of rows): POST, but not writes. */
const READS_BY_POST = new Set(['/api/view', '/api/search', '/api/rows', '/api/texts', '/api/export', '/api/concordance', '/api/term-hits', '/api/term-counts']);

/** Why a request may not go ahead, or null: reads are open unless a read token is set; writes always need the write token. */
export function refusal(deps: ApiDeps, req: Pick<ApiRequest, 'method' | 'path' | 'token'>): ApiAnswer | null {
  const write = req.method !== 'GET' && !(req.method === 'POST' && READS_BY_POST.has(req.path));
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

/** Why a query cannot be answered (it does not parse: where and what), or null. */
function queryProblem(q: string): ApiAnswer | null {
  const error = parseQuery(q).error;
  return error ? { status: 400, json: { error: 'query', message: `the query does not parse (${error.code} at ${error.at})`, detail: error } } : null;
}

async function view(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiViewRequest, body);
  if (!req.ok) return req.answer;
  const bad = queryProblem(req.value.set.q);
  if (bad) return bad;
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

async function search(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiSearchRequest, body);
  if (!req.ok) return req.answer;
  const bad = queryProblem(req.value.q);
  if (bad) return bad;
  const hits = await cachedHits(deps.db, req.value.q, deps.cache);
  return { status: 200, json: (hits ?? { positions: [], scores: [] }) satisfies ApiSearchHits };
}

/** The set's articles as a corpus document (full texts), with what was asked beside it; a set over MAX_EXPORT is refused by its size. */
async function exported(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiExportRequest, body);
  if (!req.ok) return req.answer;
  const bad = queryProblem(req.value.set.q);
  if (bad) return bad;
  const out = await exportOf(deps.db, deps.catalog, req.value, deps.cache, MAX_EXPORT);
  if (!out.corpus) return fail(413, 'too-many', `the set has ${out.matched} articles; an export carries at most ${MAX_EXPORT}: narrow the filters`);
  return { status: 200, json: { ...out.corpus, export: { filters: req.value.set, sort: req.value.sort, count: out.matched, total: deps.catalog.total } } };
}

/** The first number past the corpus's end, as the answer saying so; null when all are in it. */
function pastTheEnd(deps: ApiDeps, positions: readonly number[]): ApiAnswer | null {
  const beyond = positions.find((p) => p >= deps.catalog.total);
  return beyond === undefined ? null : fail(404, 'not-found', `article number ${beyond} is not in a corpus of ${deps.catalog.total}`);
}

async function rows(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiRowsRequest, body);
  if (!req.ok) return req.answer;
  return pastTheEnd(deps, req.value.positions) ?? { status: 200, json: { rows: await rowsAt(deps.db, req.value.positions) } };
}

async function texts(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiTextsRequest, body);
  if (!req.ok) return req.answer;
  return pastTheEnd(deps, req.value.positions) ?? { status: 200, json: { texts: await textsAt(deps.db, req.value.positions) } };
}

async function concordance(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiConcordanceRequest, body);
  if (!req.ok) return req.answer;
  return queryProblem(req.value.q) ?? pastTheEnd(deps, req.value.positions) ?? { status: 200, json: await concordanceOver(deps.db, req.value) };
}

async function termHits(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiTermHitsRequest, body);
  if (!req.ok) return req.answer;
  for (const term of req.value.terms) {
    const bad = queryProblem(term);
    if (bad) return bad;
  }
  return { status: 200, json: { series: await termHitsOf(deps.db, req.value.terms) } };
}

async function termCounts(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const req = parsed(ApiTermCountsRequest, body);
  if (!req.ok) return req.answer;
  return pastTheEnd(deps, [...req.value.set, ...req.value.rest]) ?? { status: 200, json: await termCountsOf(deps.db, deps.catalog, req.value.set, req.value.rest) };
}

async function text(deps: ApiDeps, position: number): Promise<ApiAnswer> {
  const found = await textAt(deps.db, position);
  return found ? { status: 200, json: found } : fail(404, 'not-found', `article number ${position} is not in a corpus of ${deps.catalog.total}`);
}

/** The corpus as the app reads it in team mode: its provenance and its facet index (the files the pipeline writes beside a corpus). */
function corpusFile(deps: ApiDeps, name: string): ApiAnswer | null {
  const c = deps.catalog;
  if (name === 'info') return { status: 200, json: c.info };
  if (name === 'facets.json') return { status: 200, json: c.facetManifest };
  if (name === 'ids.json') return { status: 200, json: c.articleIds };
  if (name === 'facets.bin') return { status: 200, bytes: c.facetBytes, type: 'application/octet-stream' };
  return null;
}

let loading: Promise<unknown> = Promise.resolve();

/**
 * Loads a corpus document (the team token's write): idempotent as at start-up, bad articles
 * reported and skipped; one load at a time in this server. Then the catalog is read again
 * and the search cache dropped, so every answer after is the new corpus's (and clients
 * numbering by the old one are told to reload).
 */
async function load(deps: ApiDeps, body: unknown): Promise<ApiAnswer> {
  const envelope = Corpus.pick({ schemaVersion: true, generatedAt: true, sources: true }).safeParse(body);
  if (!envelope.success) return fail(400, 'request', `not a corpus document: ${envelope.error.issues[0]?.path.join('.') || 'body'}: ${envelope.error.issues[0]?.message}`);
  const run = loading.then(async () => {
    const client = await deps.db.connect();
    try {
      const report = await loadCorpus(client, body);
      deps.catalog = await readCatalog(deps.db);
      deps.cache.clear();
      return report;
    } finally {
      client.release();
    }
  });
  loading = run.catch(() => undefined);
  return { status: 200, json: await run };
}

const VIEW_ID = /^\/api\/saved-views\/([0-9a-f-]{36})$/;
const TEXT = /^\/api\/texts\/(\d{1,9})$/;
const POSTED: Record<string, (deps: ApiDeps, body: unknown) => Promise<ApiAnswer>> = {
  '/api/view': view, '/api/search': search, '/api/rows': rows, '/api/texts': texts, '/api/export': exported,
  '/api/concordance': concordance, '/api/term-hits': termHits, '/api/term-counts': termCounts,
};

/** Answers an API request. */
export async function answer(deps: ApiDeps, req: ApiRequest): Promise<ApiAnswer> {
  const refused = refusal(deps, req);
  if (refused) return refused;
  // Article numbers mean nothing against another corpus: a client numbering by an earlier one is told to reload.
  if (req.corpus !== null && req.corpus !== deps.catalog.checksum) return fail(409, 'corpus-changed', 'the team server’s corpus changed since this page loaded: reload the page');
  const posted = POSTED[req.path];
  if (posted) return req.method === 'POST' ? posted(deps, req.body) : fail(405, 'method', `ask ${req.path} with POST`);
  if (req.path === '/api/corpus') return req.method === 'PUT' ? load(deps, req.body) : fail(405, 'method', 'load a corpus with PUT');
  if (req.path === '/api/saved-views') return savedViews(deps, req, null);
  const id = VIEW_ID.exec(req.path)?.[1];
  if (id) return savedViews(deps, req, id);
  if (req.method === 'GET') {
    const position = TEXT.exec(req.path)?.[1];
    if (position !== undefined) return text(deps, Number(position));
    const file = req.path.startsWith('/api/corpus/') ? corpusFile(deps, req.path.slice('/api/corpus/'.length)) : null;
    if (file) return file;
  }
  return fail(404, 'not-found', `no such endpoint: ${req.method} ${req.path}`);
}
