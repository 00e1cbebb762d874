// The team's shared saved views on the server: fetcher, query options and hooks in one
// place. Listed for everyone; sharing and deleting need the team token.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiSavedView, type ApiSavedViewInput } from '../../shared/api';
import { useAppConfig } from './app-config';
import { askServer } from './server-fetch';

const ViewList = z.array(ApiSavedView);

export const sharedViewsQueryOptions = (api: string) =>
  queryOptions({ queryKey: ['shared-views', api], queryFn: () => askServer(api, '/saved-views', ViewList), staleTime: 10_000, retry: false });

/** The team server's API, or null offline. */
function useApi(): string | null {
  const config = useAppConfig().data;
  return config?.mode === 'remote' ? config.api : null;
}

/** The shared views (null offline: there is no team to share with). */
export function useSharedViews() {
  const api = useApi();
  const query = useQuery({ ...sharedViewsQueryOptions(api ?? ''), enabled: api !== null });
  return api === null ? null : query;
}

export function useShareView() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (view: ApiSavedViewInput) => askServer(api!, '/saved-views', ApiSavedView, view),
    onSuccess: () => client.invalidateQueries({ queryKey: ['shared-views', api] }),
  });
}

export function useDeleteSharedView() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => askServer(api!, `/saved-views/${id}`, z.null(), undefined, 'DELETE'),
    onSuccess: () => client.invalidateQueries({ queryKey: ['shared-views', api] }),
  });
}
