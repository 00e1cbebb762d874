// One way to fetch JSON and say what went wrong: unreachable, an HTTP error, or not JSON.
import { CorpusLoadError } from './corpus-error';

/** `name`: how messages call it (the URL as the page was given it; a worker fetches its absolute form). */
export async function fetchJson(href: string, url: string = href): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(href);
  } catch (e) {
    throw new CorpusLoadError(`Could not reach ${url}: ${(e as Error).message}`, 'network', { key: 'loadUnreachable', vars: { url, why: (e as Error).message } });
  }
  if (!res.ok) {
    const status = `${res.status} ${res.statusText || ''}`.trim();
    throw new CorpusLoadError(`${url} answered ${status}`, 'http', { key: 'loadHttp', vars: { url, status } });
  }
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new CorpusLoadError(`${url} is not valid JSON`, 'json', { key: 'loadNotJson', vars: { url } });
  }
}
