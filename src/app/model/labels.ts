// Display labels for facet values. Chinese entities always keep their Chinese name;
// the English UI adds the English one (湖南 Hunan).
import { INDUSTRIES } from '../../shared/taxonomy/industries';
import type { Label } from '../../shared/taxonomy/labels';
import { cityLabel, provinceLabel } from '../../shared/taxonomy/regions';
import { TOPICS } from '../../shared/taxonomy/topics';
import { OUTLET_UNKNOWN, type FacetId } from './filters';
import type { Lang } from '../strings/lang';
import { inBoth } from '../strings/translate';

const byId = new Map([...INDUSTRIES, ...TOPICS].map((e) => [e.id, e.label]));

export function valueLabel(facet: FacetId, value: string): Label {
  switch (facet) {
    case 'region':
      return provinceLabel(value);
    case 'city':
      return cityLabel(value);
    case 'industry':
    case 'topic':
      return byId.get(value) ?? { zh: value, en: value };
    case 'outlet':
      return value === OUTLET_UNKNOWN ? inBoth('outletUnknown') : { zh: value, en: value };
    case 'document':
      return { zh: value, en: value };
    case 'kind':
      return inBoth(value === 'brief' ? 'kindBrief' : 'kindArticle');
  }
}

/** One line of text for a label in the current language: "湖南 Hunan", or "湖南" in Chinese. */
export function labelText(label: Label, lang: Lang): string {
  if (lang === 'zh' || label.zh === label.en) return label.zh;
  return `${label.zh} ${label.en}`;
}

/** A cited document's label: its title in book-title marks, with the short name the articles give it: 《…若干措施》（若干措施）. */
export function documentLabel(title: string, shortName: string | null): Label {
  const text = shortName && shortName !== title ? `《${title}》（${shortName}）` : `《${title}》`;
  return { zh: text, en: text };
}

