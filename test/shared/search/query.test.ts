// The query language: every operator, precedence, fields, phrases, names, and errors
// that say what is wrong and where.
import { describe, expect, it } from 'vitest';
import { matchRanges, parseQuery, type ParsedQuery, type QueryNode } from '../../../src/shared/search/query';
import { specificTerms } from '../../../src/shared/search/query-names';
import { searchForm } from '../../../src/shared/search/squeeze';
import { INDUSTRIES } from '../../../src/shared/taxonomy/industries';

/** The tree as a compact string: terms by their text, NOT as -, groups in brackets. */
function shape(q: ParsedQuery): string {
  const show = (n: QueryNode): string =>
    n.kind === 'term' ? `${q.terms[n.term]!.field === 'text' ? '' : `${q.terms[n.term]!.field}:`}${q.terms[n.term]!.text}`
    : n.kind === 'not' ? `-${show(n.child)}`
    : `${n.kind === 'and' ? 'AND' : 'OR'}(${n.children.map(show).join(' ')})`;
  return q.root ? show(q.root) : '∅';
}
const tree = (raw: string) => shape(parseQuery(raw));

describe('parsing queries', () => {
  it('joins terms with AND, and OR with OR or |', () => {
    expect(tree('小巨人 专精特新')).toBe('AND(小巨人 专精特新)');
    expect(tree('芯片 OR 半导体')).toBe('OR(芯片 半导体)');
    expect(tree('芯片 | 半导体')).toBe('OR(芯片 半导体)');
    expect(tree('芯片 AND 上海')).toBe('AND(芯片 上海)');
    // Lower-case "or" is a word, not an operator.
    expect(tree('chips or drones')).toBe('AND(chips or drones)');
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(tree('a b OR c')).toBe('OR(AND(a b) c)');
    expect(tree('a OR b c')).toBe('OR(a AND(b c))');
    expect(tree('NOT a b')).toBe('AND(-a b)');
    expect(tree('-a OR b')).toBe('OR(-a b)');
    expect(tree('(a OR b) c')).toBe('AND(OR(a b) c)');
    expect(tree('-(a OR b) c')).toBe('AND(-OR(a b) c)');
    expect(tree('NOT NOT a')).toBe('--a');
  });

  it('reads phrases in straight, curly and corner quotes, and fields', () => {
    const q = parseQuery('"专精特新 小巨人" “低空经济” 「人形机器人」 title:芯片 outlet:"新华社" doc:促进法');
    expect(q.terms.map((t) => [t.text, t.phrase, t.field])).toEqual([
      ['专精特新 小巨人', true, 'text'], ['低空经济', true, 'text'], ['人形机器人', true, 'text'],
      ['芯片', false, 'title'], ['新华社', true, 'outlet'], ['促进法', false, 'doc'],
    ]);
    // Quoting turns name expansion off; a phrase's inner space does not count between Chinese.
    expect(q.terms[1]!.alternatives).toEqual(['低空经济']);
    expect(q.terms[0]!.alternatives).toEqual(['专精特新小巨人']);
  });

  it('marks terms under a NOT, so they are neither scored nor highlighted', () => {
    const q = parseQuery('小巨人 -专精特新 NOT (芯片 OR -半导体)');
    expect(q.terms.map((t) => [t.text, t.negated])).toEqual([['小巨人', false], ['专精特新', true], ['芯片', true], ['半导体', false]]);
    expect(matchRanges('专精特新“小巨人”', parseQuery('小巨人 -专精特新'))).toEqual([[5, 8]]);
  });

  it('says what is wrong and where (1-based in the message, 0-based here)', () => {
    expect(parseQuery('(芯片 OR 半导体 上海').error).toEqual({ code: 'missingClose', at: 0, token: '(' });
    expect(parseQuery('芯片 OR 半导体) 上海').error).toEqual({ code: 'unexpectedClose', at: 9, token: ')' });
    expect(parseQuery('芯片 OR').error).toEqual({ code: 'danglingOperator', at: 3, token: 'OR' });
    expect(parseQuery('OR 芯片').error).toEqual({ code: 'danglingOperator', at: 0, token: 'OR' });
    expect(parseQuery('芯片 NOT').error).toEqual({ code: 'danglingOperator', at: 3, token: 'NOT' });
    expect(parseQuery('"专精特新').error).toEqual({ code: 'unclosedQuote', at: 0, token: '"' });
    expect(parseQuery('芯片 ()').error).toEqual({ code: 'emptyGroup', at: 3, token: '()' });
    expect(parseQuery('author:张三').error).toEqual({ code: 'unknownField', at: 0, token: 'author' });
    expect(parseQuery('芯片 OR 半导体').error).toBeNull();
  });

  it('asks nothing for an empty box or marks alone', () => {
    expect(parseQuery('').root).toBeNull();
    expect(parseQuery('   ').root).toBeNull();
    expect(parseQuery('- · 、').root).toBeNull();
  });
});

describe('names in queries', () => {
  it('matches English and pinyin names of places as their Chinese names, and says so', () => {
    const hubei = parseQuery('Hubei').terms[0]!;
    expect(hubei.alternatives).toContain('湖北');
    expect(hubei.expandedFrom.map((e) => [e.kind, e.id])).toEqual([['province', '湖北']]);
    expect(parseQuery('changsha').terms[0]!.alternatives).toContain('长沙');
    // A Chinese place name is matched as itself: nothing to add, nothing to say.
    expect(parseQuery('湖北').terms[0]!.expandedFrom).toEqual([]);
  });

  it('matches industries and topics by English name or id, also inside a longer query', () => {
    expect(parseQuery('chips').terms[0]!.expandedFrom.map((e) => e.id)).toEqual(['chips']);
    const q = parseQuery('low-altitude economy 湖北');
    expect(q.terms.map((t) => t.text)).toEqual(['low-altitude economy', '湖北']);
    expect(q.terms[0]!.expandedFrom.map((e) => e.id)).toEqual(['low-altitude-economy']);
    expect(q.terms[0]!.alternatives).toEqual(expect.arrayContaining(['无人机', 'evtol']));
  });

  it('never lets a broader lexicon word stand for a narrower entry', () => {
    const humanoid = INDUSTRIES.find((i) => i.id === 'humanoid-robots')!;
    expect(humanoid.terms).toContain('机器人');
    expect(specificTerms(humanoid)).not.toContain("机器人");
    expect(parseQuery('人形机器人').terms[0]!.alternatives).not.toContain('机器人');
    // For every entry: no alternative is inside another one.
    for (const e of INDUSTRIES) {
      const alts = specificTerms(e).map(searchForm);
      for (const a of alts) expect(alts.filter((b) => b !== a && b.includes(a)), `${e.id}: ${a}`).toEqual([]);
    }
  });
});

describe('search form', () => {
  it('drops marks between Chinese characters, keeps them beside Latin and digits', () => {
    expect(searchForm('专精特新“小巨人”企业')).toBe('专精特新小巨人企业');
    expect(searchForm('《中小企业促进法》第十条')).toBe('《中小企业促进法第十条');
    expect(searchForm('AI, 芯片 · 机器人')).toBe('ai, 芯片机器人');
    expect(searchForm('專精特新「小巨人」')).toBe('专精特新小巨人」');
    // A query term loses its edge marks too, so typing the quotes matches the text with them.
    expect(parseQuery('专精特新“小巨人”').terms[0]!.alternatives).toEqual(['专精特新小巨人']);
    expect(searchForm('ＥＤＡ 工具')).toBe('eda 工具');
  });

  it('highlights the original text across the marks it ignored', () => {
    const text = '培育专精特新“小巨人”企业';
    const [range] = matchRanges(text, parseQuery('专精特新小巨人'));
    expect(text.slice(range![0], range![1])).toBe('专精特新“小巨人');
  });
});
