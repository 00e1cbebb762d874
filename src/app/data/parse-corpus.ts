// Parses an untrusted corpus document: the envelope must match the schema, while
// articles are checked one by one so a bad article is skipped, not fatal.
import { z } from 'zod';
import { Article, Corpus, SourceFile } from '../../shared/schema';
import { CorpusLoadError } from './corpus-error';

export interface SkippedArticle {
  index: number;
  id: string | null;
  reason: string;
}

export interface LoadedCorpus {
  generatedAt: string;
  sources: SourceFile[];
  articles: Article[];
  skipped: SkippedArticle[];
}

const Envelope = Corpus.extend({ articles: z.array(z.unknown()) });

export function parseCorpus(json: unknown, origin: string): LoadedCorpus {
  const env = Envelope.safeParse(json);
  if (!env.success) {
    const first = env.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : 'the document';
    throw new CorpusLoadError(`${origin} is not an SRDI corpus: ${where}: ${first?.message ?? 'invalid'}`, 'schema');
  }
  const articles: Article[] = [];
  const skipped: SkippedArticle[] = [];
  const seen = new Set<string>();
  env.data.articles.forEach((raw, index) => {
    const parsed = Article.safeParse(raw);
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({ index, id, reason: `${issue?.path.join('.') || 'article'}: ${issue?.message ?? 'invalid'}` });
    } else if (seen.has(parsed.data.id)) {
      skipped.push({ index, id, reason: 'duplicate id' });
    } else {
      seen.add(parsed.data.id);
      articles.push(parsed.data);
    }
  });
  return { generatedAt: env.data.generatedAt, sources: env.data.sources, articles, skipped };
}
