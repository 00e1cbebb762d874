// Requests to the team server's API: the team token (when the analyst gave one) on each,
// JSON in and out, every answer parsed by the shared schema, and a failure that names
// what failed (the server's own message when it sent one).
import type { z } from 'zod';

const TOKEN_KEY = 'srdi-team-token';

/** The token this tab sends (kept for the session only: a shared machine forgets it). */
export function teamToken(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

export function setTeamToken(token: string | null): void {
  try {
    if (token) globalThis.sessionStorage?.setItem(TOKEN_KEY, token);
    else globalThis.sessionStorage?.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode): the token lasts as long as this call's caller keeps it.
  }
}

let corpus: string | null = null;

/**
 * The corpus this page numbers its articles by (the server's facet index checksum): sent
 * with every request, so a server whose corpus changed since refuses rather than answer
 * by numbers that now name other articles.
 */
export function numberBy(checksum: string | null): void {
  corpus = checksum;
}

/** `fetch` with the team token and the corpus the page numbers by. */
export const serverFetch: typeof fetch = (input, init) => {
  const token = teamToken();
  const headers = new Headers(init?.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (corpus) headers.set('x-srdi-corpus', corpus);
  return fetch(input, { ...init, headers });
};

/** Why the server refused, in its words when it gave them. */
async function failureOf(res: Response, what: string): Promise<Error> {
  const body: unknown = await res.json().catch(() => null);
  const message = typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : res.statusText;
  return Object.assign(new Error(`${what}: the team server answered ${res.status} (${message})`), { status: res.status });
}

/** Asks the API (`GET` without a body, `POST` with one) and parses the answer with `schema`. */
export async function askServer<T>(api: string, path: string, schema: z.ZodType<T>, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<T> {
  const res = await serverFetch(`${api}${path}`, body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw await failureOf(res, `${method} ${api}${path}`);
  if (res.status === 204) return schema.parse(null);
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(`${api}${path}: the answer is not what this app reads (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

/** Whether a failure is the server asking for a token (its answer was 401). */
export const needsToken = (e: unknown): boolean => typeof e === 'object' && e !== null && 'status' in e && e.status === 401;
