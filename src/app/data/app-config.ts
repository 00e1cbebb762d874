// Which engine the app uses: config.json beside index.html, which only a team server
// writes. No such file (a static host, `npm start`, a file opened offline) is the
// offline app, exactly as it was; a config.json that is not the server's says why and
// the app stays offline.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiConfig } from '../../shared/api';

export type AppConfig = { mode: 'offline'; problem: string | null } | ApiConfig;

export const CONFIG_URL = 'config.json';

export async function fetchAppConfig(url: string = CONFIG_URL, fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  let res: Response;
  try {
    res = await fetchImpl(url, { cache: 'no-store' });
  } catch {
    return { mode: 'offline', problem: null };
  }
  // Hosts that answer every path with index.html send HTML here: that is no server either.
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return { mode: 'offline', problem: null };
  const parsed = ApiConfig.safeParse(await res.json().catch(() => null));
  if (!parsed.success) return { mode: 'offline', problem: `${url} is not a team server's configuration (${parsed.error.issues[0]?.path.join('.') || 'file'}: ${parsed.error.issues[0]?.message})` };
  return parsed.data;
}

export const appConfigQueryOptions = () => queryOptions({ queryKey: ['app-config'], queryFn: () => fetchAppConfig(), staleTime: Infinity, retry: false });

export function useAppConfig() {
  return useQuery(appConfigQueryOptions());
}

/**
 * The link that restores a view for someone else: on a team server with a public URL,
 * that URL with this page's state (a colleague cannot open the analyst's localhost);
 * otherwise this page's address.
 */
export function shareableLink(config: AppConfig | undefined, href: string): string {
  if (config?.mode !== 'remote' || !config.publicUrl) return href;
  const here = new URL(href);
  const link = new URL(config.publicUrl);
  link.search = here.search;
  link.hash = here.hash;
  return link.href;
}

/** The shareable link of the page as it is now. */
export function useShareableLink(): () => string {
  const config = useAppConfig().data;
  return () => shareableLink(config, window.location.href);
}
