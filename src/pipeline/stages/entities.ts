// The entity stage: regions, industries, topics, relevance and cited documents of one item.
import type { Article } from '../../shared/schema';
import { classifyArticle } from './classify';
import { findDocuments } from './documents';
import { findRegions } from './regions';

export type Entities = Pick<Article, 'regions' | 'cities' | 'industries' | 'topics' | 'onTopic' | 'documents'>;

export function findEntities(title: string | null, paragraphs: string[], signoff: string | null): Entities {
  const body = paragraphs.join('\n');
  const { regions, cities } = findRegions(title, body, signoff);
  const { industries, topics, onTopic } = classifyArticle(title, body);
  return { regions, cities, industries, topics, onTopic, documents: findDocuments(paragraphs) };
}
