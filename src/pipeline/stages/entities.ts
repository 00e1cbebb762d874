// The entity stage: regions, industries, topics, relevance and cited documents of one item.
import { foldChinese } from '../../shared/fold';
import { parseDateline } from '../dateline';
import type { Article } from '../../shared/schema';
import { classifyArticle } from './classify';
import { findDocuments } from './documents';
import { findRegions } from './regions';

export type Entities = Pick<Article, 'regions' | 'cities' | 'places' | 'industries' | 'topics' | 'onTopic' | 'documents'>;

export function findEntities(title: string | null, paragraphs: string[], signoff: string | null): Entities {
  // Places and subjects are looked up in the folded text: the gazetteer and lexicons are Simplified.
  const body = foldChinese(paragraphs.join('\n'));
  const folded = title === null ? null : foldChinese(title);
  const dateline = paragraphs[0] === undefined ? null : parseDateline(paragraphs[0])?.matched ?? null;
  const { regions, cities, places } = findRegions(folded, body, signoff === null ? null : foldChinese(signoff), dateline);
  const { industries, topics, onTopic } = classifyArticle(folded, body);
  return { regions, cities, places, industries, topics, onTopic, documents: findDocuments(paragraphs) };
}
