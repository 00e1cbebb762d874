// Industries the news covers, as data. `terms` is the lexicon that tags an article
// (and that search expands a query with); each term is matched literally.
import type { Label } from './labels';

export interface TaxonomyEntry {
  id: string;
  label: Label;
  /** What the entry covers, for the README and tooltips. */
  description: string;
  terms: string[];
}

export const INDUSTRIES: readonly TaxonomyEntry[] = [
  {
    id: 'low-altitude-economy', label: { zh: '低空经济', en: 'Low-altitude economy' },
    description: 'Drones, eVTOL, general aviation and the airspace, airports and routes they use.',
    terms: ['低空经济', '低空', '无人机', 'eVTOL', '电动垂直起降', '飞行汽车', '通用航空', '通航', '通用机场', '起降场', '低空航线', '航空器'],
  },
  {
    id: 'humanoid-robots', label: { zh: '人形机器人', en: 'Humanoid robots' },
    description: 'Humanoid and embodied-intelligence robots and their core parts.',
    terms: ['人形机器人', '具身智能', '具身', '仿生机器人', '灵巧手', '机器人'],
  },
  {
    id: 'chips', label: { zh: '芯片与半导体', en: 'Chips & semiconductors' },
    description: 'Chips, semiconductors, integrated circuits, wafer fabrication and EDA.',
    terms: ['芯片', '半导体', '集成电路', '流片', '晶圆', '光刻', 'EDA', '封装测试', '第三代半导体', '汽车芯片'],
  },
  {
    id: 'ai', label: { zh: '人工智能', en: 'Artificial intelligence' },
    description: 'AI models and their industrial use: large models, AI+ manufacturing, compute.',
    terms: ['人工智能', 'AI', '大模型', '垂类模型', '算力', '智能体', '深度学习', '机器学习', '算法', '智能化应用'],
  },
  {
    id: 'vehicles', label: { zh: '汽车与新能源汽车', en: 'Vehicles & NEVs' },
    description: 'Automotive industry, new-energy and intelligent connected vehicles, autonomous driving.',
    terms: ['新能源汽车', '智能网联汽车', '汽车', '整车', '电动汽车', '自动驾驶', '智驾', '车企', '动力电池', '车市'],
  },
  {
    id: 'aerospace', label: { zh: '航空航天', en: 'Aerospace' },
    description: 'Aviation and space: aircraft, satellites, launch vehicles.',
    terms: ['航空航天', '航天', '卫星', '商业航天', '火箭', '飞行器', '大飞机', '低轨卫星'],
  },
  {
    id: 'new-materials', label: { zh: '新材料', en: 'New materials' },
    description: 'Advanced materials: fibres, composites, rare earths, specialty metals.',
    terms: ['新材料', '纤维材料', '复合材料', '稀土', '石墨烯', '特种钢', '液晶材料', '首批次材料'],
  },
  {
    id: 'new-displays', label: { zh: '新型显示', en: 'New displays' },
    description: 'Display panels and technologies: OLED, LCD, micro-LED, vehicle displays.',
    terms: ['新型显示', '显示面板', '液晶面板', 'OLED', 'Micro LED', '柔性屏', '车载显示'],
  },
  {
    id: 'medical-devices', label: { zh: '医疗器械与生物医药', en: 'Medical devices & biomedicine' },
    description: 'Medical devices, diagnostics and biopharmaceuticals.',
    terms: ['医疗器械', '内窥镜', '生物医药', '医药', '创新药', '诊断', '医疗设备', '医疗'],
  },
  {
    id: 'optics', label: { zh: '光学与机器视觉', en: 'Optics & machine vision' },
    description: 'Optical components, lenses, photonics and machine vision.',
    terms: ['机器视觉', '光学', '工业镜头', '镜头', '光场相机', '光电', '激光', '光子'],
  },
  {
    id: 'software-it', label: { zh: '软件与信息技术', en: 'Software & IT' },
    description: 'Software, industrial software and OS, next-generation IT, telecoms, data.',
    terms: ['软件', '工业软件', '操作系统', '新一代信息技术', '信息技术', '电子信息', '信创', '现代通信', '5G', '大数据', '云计算', '数据安全', '网络安全'],
  },
  {
    id: 'high-end-equipment', label: { zh: '高端装备', en: 'High-end equipment' },
    description: 'Machinery and advanced manufacturing equipment, industrial robots, precision parts.',
    terms: ['高端装备', '装备制造', '智能装备', '工业机器人', '数控机床', '减速器', '伺服系统', '首台(套)', '首台套'],
  },
  {
    id: 'energy', label: { zh: '能源', en: 'Energy' },
    description: 'New energy and conventional energy: solar, storage, hydrogen, gas, power.',
    terms: ['新能源', '光伏', '储能', '氢能', '风电', '天然气', '煤岩气', '发电', '电站', '能源电子', '零碳', '绿色能源'],
  },
  {
    id: 'agriculture-food', label: { zh: '农业与食品', en: 'Agriculture & food' },
    description: 'Farming, seeds, rural industry, sugar, dairy and food processing.',
    terms: ['农业', '三农', '乡村振兴', '种业', '甘蔗', '糖料', '乳业', '乳品', '食品产业', '食品', '粮油', '农产品'],
  },
  {
    id: 'quantum', label: { zh: '量子科技', en: 'Quantum technology' },
    description: 'Quantum computing, communication and sensing.',
    terms: ['量子科技', '量子计算', '量子通信', '量子'],
  },
];
