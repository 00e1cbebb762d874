// Datelines open wire and newspaper stories: 新华社北京11月18日电, 中新网11月18日电,
// 中经联播4月10日北京讯, 本报讯, 本报北京讯. They mark where a story starts and carry
// its date and agency.
import { foldChinese } from '../shared/fold';

export interface Dateline {
  matched: string;
  agency: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
}

const DATED =
  /^(?<pre>[\p{Script=Han}A-Za-z]{0,12}?)(?:(?<y>(?:19|20)\d{2})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日(?<post>\p{Script=Han}{0,6}?)(?:电|讯)(?=$|[\s(（【[“"]|\p{Script=Han})/u;
const UNDATED = /^(?<pre>本报|[\p{Script=Han}A-Za-z]{2,10})(?<post>\p{Script=Han}{0,4}?)讯(?=$|[\s(（【[])/u;

/** Agencies end in 社/网/报/台 and the like; what follows is the place (新华社|北京). */
const AGENCY = /^.*?(?:通讯社|电视台|广播电台|日报|晚报|社|网|报|台|联播|频道|新闻)/u;

/** Read on the folded text (新華社…電, １５日); what it returns is the original's characters. */
export function parseDateline(paragraph: string): Dateline | null {
  const source = paragraph.trim();
  const text = foldChinese(source);
  const original = (s: string | null): string | null => (s === null ? null : source.slice(0, s.length));
  const dated = DATED.exec(text);
  if (dated?.groups) {
    const { pre = '', y, m, d } = dated.groups;
    const month = Number(m);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { matched: source.slice(0, dated[0].length), agency: original(agencyOf(pre)), year: y ? Number(y) : null, month, day };
  }
  const undated = UNDATED.exec(text);
  if (undated?.groups) {
    return { matched: source.slice(0, undated[0].length), agency: original(agencyOf(undated.groups.pre ?? '')), year: null, month: null, day: null };
  }
  return null;
}

function agencyOf(prefix: string): string | null {
  // 本报 is "this paper": the page does not say which paper that is.
  if (!prefix || prefix.startsWith('本报')) return null;
  const m = AGENCY.exec(prefix);
  return m ? m[0] : prefix;
}
