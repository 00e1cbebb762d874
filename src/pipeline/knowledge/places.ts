// Knowledge about place names in Chinese news that the gazetteer alone does not hold:
// what merely contains a place name, which short names are also ordinary words,
// abbreviations in fixed compounds, and zones that are not administrative divisions.

/** Spans that contain a place name but are not about the place: exchanges, universities, clock time. */
export const NOT_A_PLACE: readonly RegExp[] = [
  /沪深北?交易所|沪深京?(两市|三市|股市|A股)|[沪深北港]交所|(上海|深圳|北京)证券交易所|香港交易所|港交所/gu,
  /国内外|全国/gu,
  // Brands named after a place they are not (only) about.
  /宁德时代|青岛啤酒|海南航空|东方航空|南方航空|四川航空|上海电气|北京汽车|广汽集团/gu,
];

/**
 * Road and rail sections named by their ends' abbreviations (沪苏段, 京沪线): a route, not the
 * provinces. Two or three abbreviations, then a suffix; as /[ends]{2,3}[suffixes]/ finds them,
 * but read back from each suffix (rare) rather than tried at every abbreviation (common).
 */
export const ROUTE_SECTION = { ends: '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台', suffixes: '段线', fewest: 2, most: 3 } as const;

/**
 * A place name that opens a company or institution name (某市某某科技股份有限公司, 某地某某创新中心):
 * up to ten name characters, none of them a verb or joining word, then the kind of body.
 */
export const ORGANISATION_AFTER_PLACE =
  /^(?:市|省)?(?:(?![的在与和及是了将举召开为对从向])[\p{Script=Han}A-Za-z]){1,10}?(?:股份有限公司|有限责任公司|有限公司|合伙企业|集团|研究院|研究所|创新中心|实验室|科技公司|大学|学院|医院)/u;

/** A place name followed by one of these names an institution or a clock, not the place (浙江大学, 北京时间). */
export const INSTITUTION_AFTER_PLACE = /^(大学|学院|理工|交通大学|师范|证券交易所|交易所|时间|卫视)/u;

/**
 * Short city names that are also ordinary words (安康 "well-being", 来宾 "guests",
 * 日照 "sunshine", 白银 "silver") or names of other things (中山, 黄山). They count
 * only with their suffix (安康市), right after their province (广西来宾), or before a
 * zone suffix (来宾高新区).
 */
export const AMBIGUOUS_CITY_SHORTS: ReadonlySet<string> = new Set([
  '安康', '来宾', '日照', '白银', '中山', '黄山', '普洱', '长治', '开封', '朝阳', '东方', '北海', '大庆', '阿里', '山南',
  '红河', '文山', '大理', '玉树', '海东', '海西', '海北', '兴安', '泰安', '三明', '孝感', '河源', '黑河', '天水', '四平',
  '白山', '白城', '长春', '通化', '和田', '武威', '清远', '吉安', '广安',
]);

/** Zone suffixes: a city name right before one of these is the city (湘潭经开区 → 湘潭). */
export const ZONE_SUFFIX = /^(经开区|高新区|经济技术开发区|高新技术产业开发区|经济开发区|开发区|综保区|综合保税区|保税区|自贸区|自贸片区|新区|产业园|工业园)/u;

/** Zones and areas that are not administrative divisions, mapped to their city and province. */
export const ZONES: readonly { name: string; province: string; city: string | null }[] = [
  // Taiwan's cities and counties (the gazetteer holds the province only).
  ...['台北', '新北', '桃园', '台中', '台南', '高雄', '基隆', '新竹', '嘉义', '宜兰', '花莲', '台东', '屏东', '彰化', '南投', '云林', '苗栗', '澎湖', '金门'].map((name) => ({ name, province: '台湾', city: null })),
  { name: '雄安新区', province: '河北', city: '保定' }, { name: '雄安', province: '河北', city: '保定' },
  { name: '中关村', province: '北京', city: '北京' }, { name: '亦庄', province: '北京', city: '北京' },
  { name: '张江', province: '上海', city: '上海' }, { name: '临港新片区', province: '上海', city: '上海' }, { name: '浦东', province: '上海', city: '上海' },
  { name: '前海', province: '广东', city: '深圳' }, { name: '横琴', province: '广东', city: '珠海' }, { name: '南沙', province: '广东', city: '广州' },
  { name: '光谷', province: '湖北', city: '武汉' }, { name: '两江新区', province: '重庆', city: '重庆' },
  { name: '天府新区', province: '四川', city: '成都' }, { name: '西咸新区', province: '陕西', city: '西安' },
  { name: '贵安新区', province: '贵州', city: '贵阳' }, { name: '赣江新区', province: '江西', city: '南昌' },
  { name: '湘江新区', province: '湖南', city: '长沙' }, { name: '金普新区', province: '辽宁', city: '大连' },
  { name: '哈尔滨新区', province: '黑龙江', city: '哈尔滨' }, { name: '长春新区', province: '吉林', city: '长春' },
  { name: '滇中新区', province: '云南', city: '昆明' }, { name: '兰州新区', province: '甘肃', city: '兰州' },
  { name: '舟山群岛新区', province: '浙江', city: '舟山' }, { name: '福州新区', province: '福建', city: '福州' },
  { name: '苏州工业园区', province: '江苏', city: '苏州' }, { name: '海南自贸港', province: '海南', city: null },
];

/** Fixed compounds of one-character abbreviations (京津冀 → 北京, 天津, 河北). */
export const ABBREVIATION_COMPOUNDS: readonly { text: string; provinces: string[] }[] = [
  { text: '京津冀', provinces: ['北京', '天津', '河北'] },
  { text: '京津', provinces: ['北京', '天津'] },
  { text: '津冀', provinces: ['天津', '河北'] },
  { text: '京冀', provinces: ['北京', '河北'] },
  { text: '沪苏浙皖', provinces: ['上海', '江苏', '浙江', '安徽'] },
  { text: '苏浙沪', provinces: ['上海', '江苏', '浙江'] },
  { text: '江浙沪', provinces: ['上海', '江苏', '浙江'] },
  { text: '沪苏', provinces: ['上海', '江苏'] },
  { text: '粤港澳', provinces: ['广东', '香港', '澳门'] },
  { text: '川渝', provinces: ['四川', '重庆'] },
  { text: '成渝', provinces: ['四川', '重庆'] },
  { text: '黑吉辽', provinces: ['黑龙江', '吉林', '辽宁'] },
  { text: '湘鄂赣', provinces: ['湖南', '湖北', '江西'] },
  { text: '陕甘宁', provinces: ['陕西', '甘肃', '宁夏'] },
  { text: '闽台', provinces: ['福建', '台湾'] },
  { text: '晋冀鲁豫', provinces: ['山西', '河北', '山东', '河南'] },
];

/**
 * A one-character abbreviation used as a place in a phrase of arrival or location
 * (在京召开, 来沪投资, 在冀孵化). The abbreviation table comes from the gazetteer.
 */
export const ABBREVIATION_LOCATIVE = /(?:在|来|赴|抵|进|驻|离|落户|扎根|深耕)(\p{Script=Han})(?=召开|举行|举办|开幕|闭幕|落地|设立|投资|孵化|转化|发布|成立|考察|调研|工作|期间|布局|发展|[，,。、；])/gu;
/** Abbreviations that double as common words, never read as places on their own. */
export const ABBREVIATIONS_TOO_COMMON: ReadonlySet<string> = new Set(['新', '青', '云', '贵', '吉', '黑', '台', '宁', '甘', '秦', '申', '川', '蜀', '港', '澳', '陇', '辽', '蒙']);

/**
 * An event merely held in a place (在北京举行新闻发布会, 在京召开): 在/于 before the name,
 * an event verb soon after it, in the same clause.
 */
export const VENUE_BEFORE = /[在于]$/u;
export const VENUE_AFTER = /^[^，。；！？,;!?\n]{0,16}?(?:召开|举行|举办|开幕|闭幕|落幕)/u;

/**
 * An event is national or from outside when its sentence, or the article's title and lead, names a national body or scope;
 * a province's own meeting in its capital makes the place a subject, not a venue.
 */
export const NATIONAL_EVENT = /国务院|新闻办|国新办|工信部|工业和信息化部|发改委|发展改革委|财政部|科技部|商务部|人民银行|证监会|总局|国家|全国|中央|中共|国际|世界|全球|中国|我国|国产/u;

/** A roundup names many provinces, each only beside several others: then each is a mention. */
export const ROUNDUP = {
  /** The article names at least this many provinces … */
  minProvinces: 5,
  /** … and the province appears only in paragraphs naming at least this many. */
  perParagraph: 4,
} as const;
