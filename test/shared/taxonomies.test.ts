import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../src/shared/taxonomy/industries';
import { TOPICS } from '../../src/shared/taxonomy/topics';

describe('taxonomies', () => {
  it.each([['industries', INDUSTRIES], ['topics', TOPICS]] as const)('%s have unique ids, bilingual labels and a lexicon', (_, list) => {
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    for (const e of list) {
      expect(e.label.zh).toMatch(/\p{Script=Han}/u);
      expect(e.label.en).toMatch(/^[A-Z]/);
      expect(e.terms.length).toBeGreaterThan(2);
      expect(e.description.length).toBeGreaterThan(10);
    }
  });

  it('includes the industries the brief requires', () => {
    const ids = INDUSTRIES.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(['low-altitude-economy', 'humanoid-robots', 'chips', 'ai', 'vehicles', 'aerospace', 'new-materials', 'new-displays', 'medical-devices', 'optics', 'software-it', 'energy', 'agriculture-food']));
    expect(INDUSTRIES.find((i) => i.id === 'low-altitude-economy')!.terms).toEqual(expect.arrayContaining(['低空', '无人机', 'eVTOL', '通用航空']));
  });
});
