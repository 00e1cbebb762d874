// Policy themes an analyst filters by, each with the lexicon that tags it.
import type { TaxonomyEntry } from './industries';

export const TOPICS: readonly TaxonomyEntry[] = [
  {
    id: 'srdi-cultivation', label: { zh: '专精特新培育认定', en: 'SRDI cultivation & certification' },
    description: 'Cultivating and certifying SRDI firms and "little giants": tiered cultivation, recognition, support lists.',
    terms: ['专精特新', '小巨人', '梯度培育', '优质中小企业', '认定', '培育库', '创新型中小企业', '单项冠军', '瞪羚', '独角兽'],
  },
  {
    id: 'financing', label: { zh: '融资与信贷', en: 'Financing & credit' },
    description: 'Loans, credit, guarantees, government funds and investment for firms.',
    terms: ['贷款', '信贷', '融资', '专精特新贷', '担保', '基金', '金融', '资金', '投资机构', '股权投资', '奖补', '财政'],
  },
  {
    id: 'listing', label: { zh: '上市与资本市场', en: 'Listing & capital markets' },
    description: 'IPOs, listing pipelines, the NEEQ and SRDI boards, exchanges.',
    terms: ['上市', '挂牌', '新三板', '北交所', '科创板', '创业板', '资本市场', '专板', '交易所', '上市后备', '并购重组'],
  },
  {
    id: 'digital-transformation', label: { zh: '数字化转型', en: 'Digital transformation' },
    description: 'Digitalising firms: digital retrofits, smart factories, industrial internet, pilot cities.',
    terms: ['数字化转型', '数字化改造', '数字化', '智能工厂', '数字化车间', '数智化', '工业互联网', '数智赋能', '小快轻准'],
  },
  {
    id: 'ai-applications', label: { zh: '人工智能应用', en: 'AI applications' },
    description: 'Putting AI to work in industry: AI+ actions, application scenarios, vertical models.',
    terms: ['人工智能+', '人工智能十', '应用场景', '典型应用场景', '大模型', '垂类模型', '智能化', '赋能新型工业化', 'AI'],
  },
  {
    id: 'talent', label: { zh: '人才', en: 'Talent' },
    description: 'Recruiting, training and attracting talent and skilled staff.',
    terms: ['人才', '招聘', '培训', '研修班', '招才引智', '领军人才', '科研人员', '工程师'],
  },
  {
    id: 'rnd-platforms', label: { zh: '研发与创新平台', en: 'R&D & innovation platforms' },
    description: 'R&D, patents, innovation centres and consortia, tech transfer.',
    terms: ['研发', '创新平台', '创新中心', '技术中心', '发明专利', '专利', '科技成果', '成果转化', '创新联合体', '技术攻关', '科研', '赋能中心', '实验室'],
  },
  {
    id: 'collaboration-supply-chain', label: { zh: '大中小企业融通与产业链', en: 'Large–small firm collaboration & supply chains' },
    description: 'Large and small firm collaboration, open competitions (揭榜挂帅), chain leaders, supply chains.',
    terms: ['融通', '揭榜挂帅', '揭榜', '发榜', '链主', '产业链', '供应链', '大中小企业', '补链', '强链', '延链', '配套', '供需对接'],
  },
  {
    id: 'going-global', label: { zh: '开拓海外', en: 'Going global' },
    description: 'Exports, overseas markets, international certification and expansion.',
    terms: ['海外', '出海', '走出去', '国际市场', '出口', '全球注册', '跨境', '境外', '对外开放', '海关'],
  },
  {
    id: 'statistics', label: { zh: '统计与成效', en: 'Statistics & results' },
    description: 'Figures and results: counts of firms, growth rates, output, year-on-year data.',
    terms: ['数据显示', '同比增长', '截至', '累计', '增加值', '营业收入', '产量', '占比', '统计'],
  },
  {
    id: 'regional-plans', label: { zh: '地方行动方案', en: 'Regional action plans' },
    description: 'Provincial and city plans, measures and work lists for industry and SRDI firms.',
    terms: ['行动方案', '实施方案', '若干措施', '行动计划', '工作清单', '三年行动', '培育方案', '实施意见', '扶持政策', '服务清单', '新春第一会', '推进会'],
  },
  {
    id: 'clusters-investment', label: { zh: '产业集群与项目投资', en: 'Industrial clusters & investment' },
    description: 'Industrial clusters, major projects, investment promotion, signings and plant openings.',
    terms: ['产业集群', '集群', '重点项目', '项目建设', '招商', '签约', '投产', '落地', '稳投资', '政府投资', '工业经济', '增长极', '产业园'],
  },
  {
    id: 'standards-regulation', label: { zh: '标准与监管', en: 'Standards & regulation' },
    description: 'Standards, certification, quality, compliance and market regulation.',
    terms: ['国家标准', '标准', '认证', '质量强链', '质量管理', '质量提升', '合规', '监管', '征求意见', '指南', '市场监管', '安全要求', '内卷'],
  },
  {
    id: 'green-transition', label: { zh: '绿色低碳转型', en: 'Green & low-carbon transition' },
    description: 'Green factories, low-carbon and zero-carbon projects, clean energy, energy saving.',
    terms: ['绿色', '低碳', '零碳', '节能', '减排', '清洁能源', '碳达峰', '碳中和', '绿色工厂', '绿色矿山'],
  },
  {
    id: 'rural-revitalisation', label: { zh: '乡村振兴', en: 'Rural revitalisation' },
    description: 'Agricultural and rural modernisation, food security, farmers\' incomes.',
    terms: ['乡村振兴', '三农', '农业农村现代化', '粮食安全', '农民增收', '农业强国', '中央一号文件', '乡村全面振兴'],
  },
];
