// An article's full text from the text workers: fetcher, query options and hook.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTextIndex } from './TextIndexProvider';
import type { TextIndex } from './text-index';

export const articleTextQueryOptions = (index: TextIndex, id: string) =>
  queryOptions({
    queryKey: ['article-text', index.key, id],
    queryFn: async () => {
      const paragraphs = await index.text(id);
      // Name the cause (its chunk's failure) when there is one.
      if (paragraphs === null) throw new Error(index.whyMissing(id) ?? `${id} has no text in this corpus`);
      return paragraphs;
    },
    staleTime: Infinity,
    retry: false,
  });

export function useArticleText(id: string, enabled = true) {
  return useQuery({ ...articleTextQueryOptions(useTextIndex(), id), enabled });
}
