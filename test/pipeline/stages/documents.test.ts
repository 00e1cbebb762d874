import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../../src/pipeline/stages/documents';

describe('findDocuments', () => {
  it('finds cited policies with their short names and periods', () => {
    expect(
      findDocuments([
        '近日，市政府印发了《上海市促进专精特新中小企业发展壮大的若干措施》(以下简称《若干措施》)。《若干措施》共包括20条措施。',
        '《江苏省专精特新企业上市培育三年行动方案(2025—2027)》(以下简称《方案》)正式印发。',
        '工信部就《智能网联汽车 自动驾驶系统安全要求》强制性国家标准(下称《安全要求》)公开征求意见。',
      ]),
    ).toEqual([
      { title: '上海市促进专精特新中小企业发展壮大的若干措施', shortName: '若干措施', period: null },
      { title: '江苏省专精特新企业上市培育三年行动方案(2025—2027)', shortName: '方案', period: '2025-2027' },
      { title: '智能网联汽车 自动驾驶系统安全要求', shortName: '安全要求', period: null },
    ]);
  });

  it('skips titles that are not documents (books, games, shows)', () => {
    expect(findDocuments(['《收获日3》Steam页面上线，《三体》热播'])).toEqual([]);
  });

  it('reads a single year as the period', () => {
    expect(findDocuments(['印发《全省电子信息产业2025年重点工作清单》'])[0]?.period).toBe('2025');
  });
});
