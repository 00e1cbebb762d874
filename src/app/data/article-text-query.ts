// An article's full text from the text workers: fetcher, query options and hook.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTextIndex } from './text-index-context';
import type { TextIndex } from './text-index';

export const articleTextQueryOptions = (index: TextIndex, id: string) =>
  queryOptions({
    queryKey: ['article-text', index.key, id],
    queryFn: async () => {
      const paragraphs = await index.text(id);
      if (paragraphs === null) throw new Error(`the text of ${id} could not be loaded`);
      return paragraphs;
    },
    staleTime: Infinity,
    retry: false,
  });

export function useArticleText(id: string, enabled = true) {
  return useQuery({ ...articleTextQueryOptions(useTextIndex(), id), enabled });
}
