// Policies, plans and reports an article cites by title (《…》), with the short name
// the article gives them (以下简称《意见》) and the period they cover.
import type { CitedDocument } from '../../shared/schema';

const TITLE = /《([^《》\n]{2,80})》/gu;
/** Titles of documents end in a document word (措施, 方案, 通知…) or a period in brackets. */
const DOCUMENT_WORD = /(措施|方案|计划|意见|通知|办法|规划|条例|清单|报告|指南|纲要|决定|规定|标准|要求|目录|白皮书|概览|样本|细则|政策|通告|公告|建议|法|纲要\(草案\)|[（(]\d{4}\s*[—–\-－~至]\s*\d{4}[)）])$/u;
const SHORT_NAME = /^[^，。；《\n]{0,12}?[（(]\s*(?:以下简称|以下称|下称|简称)\s*[《“"]?([^》”")）]{1,20})[》”"]?\s*[)）]/u;
const PERIOD_RANGE = /[（(](\d{4})\s*[—–\-－~至]\s*(\d{4})[)）]/u;
const PERIOD_YEAR = /(\d{4})\s*年/u;

export function findDocuments(paragraphs: string[]): CitedDocument[] {
  const docs: CitedDocument[] = [];
  const text = paragraphs.join('\n');
  for (const m of text.matchAll(TITLE)) {
    const title = m[1]!.trim();
    if (!DOCUMENT_WORD.test(title)) continue;
    const short = SHORT_NAME.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30));
    const existing = docs.find((d) => d.title === title);
    if (existing) {
      existing.shortName ??= short?.[1] ?? null;
      continue;
    }
    const range = PERIOD_RANGE.exec(title);
    const year = PERIOD_YEAR.exec(title);
    docs.push({ title, shortName: short?.[1] ?? null, period: range ? `${range[1]}-${range[2]}` : year ? year[1]! : null });
  }
  // A later 《意见》 after "(以下简称《意见》)" is the same document, not another one.
  const shortNames = new Set(docs.map((d) => d.shortName).filter((s): s is string => !!s));
  return docs.filter((d) => !shortNames.has(d.title));
}
