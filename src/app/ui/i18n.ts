// UI strings in both languages. Chinese entity names are not here: they come from the data.
import { useExplorer } from '../state/store';

const STRINGS = {
  appTitle: { en: 'SRDI Explorer', zh: 'SRDI 专精特新资讯' },
  appSubtitle: { en: 'Chinese industrial-policy news', zh: '产业政策新闻检索' },
  searchPlaceholder: { en: 'Search titles and text — 人形机器人, "小巨人", eVTOL…', zh: '搜索标题与正文——人形机器人、"小巨人"、eVTOL…' },
  searchLabel: { en: 'Search articles', zh: '搜索文章' },
  matching: { en: '{n} of {total} articles', zh: '{total} 篇中的 {n} 篇' },
  loading: { en: 'Loading corpus…', zh: '正在加载语料…' },
  retry: { en: 'Retry', zh: '重试' },
  region: { en: 'Region', zh: '地区' },
  city: { en: 'Cities', zh: '城市' },
  regionGroups: { en: 'Policy regions', zh: '政策区域' },
  industry: { en: 'Industry', zh: '产业' },
  topic: { en: 'Topic', zh: '主题' },
  outlet: { en: 'Outlet', zh: '来源媒体' },
  kind: { en: 'Type', zh: '类型' },
  dates: { en: 'Date range', zh: '日期范围' },
  from: { en: 'From', zh: '起' },
  to: { en: 'To', zh: '止' },
  onTopicOnly: { en: 'On-topic only', zh: '仅相关报道' },
  filterValues: { en: 'Filter {facet}', zh: '筛选{facet}' },
  showMore: { en: 'Show {n} more', zh: '再显示 {n} 项' },
  showLess: { en: 'Show fewer', zh: '收起' },
  expand: { en: 'Show cities of {name}', zh: '展开{name}的城市' },
  clearAll: { en: 'Clear all', zh: '全部清除' },
  remove: { en: 'Remove {name}', zh: '移除{name}' },
  sort: { en: 'Sort', zh: '排序' },
  sortAuto: { en: 'Best match', zh: '智能' },
  sortRelevance: { en: 'Relevance', zh: '相关度' },
  sortNewest: { en: 'Newest first', zh: '最新' },
  sortOldest: { en: 'Oldest first', zh: '最早' },
  noResults: { en: 'No articles match these filters.', zh: '没有符合条件的文章。' },
  untitled: { en: 'Untitled', zh: '无标题' },
  brief: { en: 'Brief', zh: '简讯' },
  offTopic: { en: 'Off-topic', zh: '非相关' },
  source: { en: 'Source', zh: '出处' },
  lines: { en: 'lines {a}–{b}', zh: '第 {a}–{b} 行' },
  dateEvidence: { en: 'How this date was found', zh: '日期依据' },
  figures: { en: 'Key figures', zh: '关键数据' },
  documents: { en: 'Cited documents', zh: '引用文件' },
  readerEmpty: { en: 'Select an article to read it. Use j / k or ↑ / ↓ to move through the results.', zh: '选择一篇文章阅读。用 j / k 或 ↑ / ↓ 切换。' },
  previous: { en: 'Previous', zh: '上一篇' },
  next: { en: 'Next', zh: '下一篇' },
  close: { en: 'Close', zh: '关闭' },
  synonyms: { en: '“{term}” also matches its {taxonomy} terms: {terms}', zh: '“{term}”同时匹配{taxonomy}词表：{terms}' },
  skipped: { en: '{n} articles in the corpus were invalid and skipped.', zh: '语料中有 {n} 篇文章无效，已跳过。' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  language: { en: '中文', zh: 'English' },
  languageLabel: { en: 'Switch to Chinese', zh: '切换到英文' },
  undoHint: { en: 'Ctrl+Z undo · Ctrl+Shift+Z redo', zh: 'Ctrl+Z 撤销 · Ctrl+Shift+Z 重做' },
  filters: { en: 'Filters', zh: '筛选' },
  results: { en: 'Results', zh: '结果' },
  reader: { en: 'Reader', zh: '阅读' },
  ignoredParams: { en: 'Ignored link parameters it could not use: {list}', zh: '链接中有无法识别的参数，已忽略：{list}' },
  taxIndustry: { en: 'industry', zh: '产业' },
  taxTopic: { en: 'topic', zh: '主题' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: 'en' | 'zh', key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export function useT(): (key: StringKey, vars?: Record<string, string | number>) => string {
  const lang = useExplorer((s) => s.lang);
  return (key, vars) => translate(lang, key, vars);
}
