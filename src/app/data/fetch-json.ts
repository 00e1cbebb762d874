// One way to fetch JSON and say what went wrong: unreachable, an HTTP error, or not JSON.
import { CorpusLoadError } from './corpus-error';

/** The text itself; `url` as in fetchJson; `priority` as fetch takes it. */
export async function fetchText(href: string, url: string = href, priority: RequestPriority = 'auto'): Promise<string> {
  return (await fetchOk(href, url, { priority })).text();
}

/** Some bytes of a file and where they start in it: the range asked for, or the whole file where the server ignores ranges. */
export interface FileBytes { bytes: Uint8Array; offset: number }

/** Bytes [start, end) of a file, by an HTTP range request; `url` as in fetchJson. */
export async function fetchRange(href: string, url: string, start: number, end: number): Promise<FileBytes> {
  // High priority: these are the rows the list is waiting for, while the text chunks (megabytes, low priority) stream in.
  const res = await fetchOk(href, url, { headers: { Range: `bytes=${start}-${end - 1}` }, priority: 'high' });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // 206 with the range asked for; anything else (200: ranges unsupported) is the whole file.
  const partial = res.status === 206 && (res.headers.get('content-range') ?? '').startsWith(`bytes ${start}-`);
  return { bytes, offset: partial ? start : 0 };
}

/** `text` as JSON, or a load error naming `url`. */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CorpusLoadError(`${url} is not valid JSON`, 'json', { key: 'loadNotJson', vars: { url } });
  }
}

async function fetchOk(href: string, url: string, init?: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(href, init);
  } catch (e) {
    throw new CorpusLoadError(`Could not reach ${url}: ${(e as Error).message}`, 'network', { key: 'loadUnreachable', vars: { url, why: (e as Error).message } });
  }
  if (!res.ok) {
    const status = `${res.status} ${res.statusText || ''}`.trim();
    throw new CorpusLoadError(`${url} answered ${status}`, 'http', { key: 'loadHttp', vars: { url, status } });
  }
  return res;
}

/** `url`: how messages call it (the URL as the page was given it; a worker fetches its absolute form). */
export async function fetchJson(href: string, url: string = href, priority: RequestPriority = 'auto'): Promise<unknown> {
  return parseJson(await fetchText(href, url, priority), url);
}

/** At low priority: what only the search waits for (text chunks) comes behind what the list waits for (its rows). */
export const fetchJsonLater = (href: string): Promise<unknown> => fetchJson(href, href, 'low');

/** A binary file's bytes at low priority (search parts come behind the list's rows); errors as fetchJson's. */
export const fetchBytesLater = async (href: string): Promise<ArrayBuffer> => (await fetchOk(href, href, { priority: 'low' })).arrayBuffer();
