// The enrich stage: what each dated item is about — places, industries, topics, relevance,
// cited documents — and its key figures. Pure; the build stage only assembles.
import type { Figure } from '../../shared/schema';
import type { DatedItem } from './date';
import { findEntities, type Entities } from './entities';
import { extractFigures } from './figures';

export interface EnrichedItem extends DatedItem {
  entities: Entities;
  figures: Figure[];
}

export function enrichItems(items: DatedItem[]): EnrichedItem[] {
  return items.map((item) => {
    const paragraphs = item.paragraphs.map((p) => p.text);
    return { ...item, entities: findEntities(item.title, paragraphs, item.signoff), figures: extractFigures(paragraphs) };
  });
}
