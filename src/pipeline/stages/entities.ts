// The entity stage: regions, industries, topics, relevance and cited documents of one item.
import { foldChinese } from '../../shared/fold';
import type { Article } from '../../shared/schema';
import { classifyArticle } from './classify';
import { findDocuments } from './documents';
import { findRegions } from './regions';

export type Entities = Pick<Article, 'regions' | 'cities' | 'industries' | 'topics' | 'onTopic' | 'documents'>;

export function findEntities(title: string | null, paragraphs: string[], signoff: string | null): Entities {
  // Places and subjects are looked up in the folded text: the gazetteer and lexicons are Simplified.
  const body = foldChinese(paragraphs.join('\n'));
  const folded = title === null ? null : foldChinese(title);
  const { regions, cities } = findRegions(folded, body, signoff === null ? null : foldChinese(signoff));
  const { industries, topics, onTopic } = classifyArticle(folded, body);
  return { regions, cities, industries, topics, onTopic, documents: findDocuments(paragraphs) };
}
