// One way to fetch JSON and say what went wrong: unreachable, an HTTP error, or not JSON.
import { CorpusLoadError } from './corpus-error';

export async function fetchJson(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new CorpusLoadError(`Could not reach ${url}: ${(e as Error).message}`, 'network');
  }
  if (!res.ok) throw new CorpusLoadError(`${url} answered ${res.status} ${res.statusText || ''}`.trim(), 'http');
  try {
    return (await res.json()) as unknown;
  } catch {
    throw new CorpusLoadError(`${url} is not valid JSON`, 'json');
  }
}
