import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/pipeline/dateline';

describe('parseDateline', () => {
  it.each([
    ['中新网11月18日电 据“市说新语”微信公众号消息', '中新网', null, 11, 18],
    ['新华社北京3月5日电 记者从', '新华社', null, 3, 5],
    ['中经联播4月10日北京讯 (褚新兵)4月9日', '中经联播', null, 4, 10],
    ['人民网2025年1月2日电 近日', '人民网', 2025, 1, 2],
    ['本报讯 近日，天津市发布', null, null, null, null],
    ['本报北京讯 记者从', null, null, null, null],
    ['中经联播讯(林建辉)“四链”融合', '中经联播', null, null, null],
  ])('reads %s', (text, agency, year, month, day) => {
    expect(parseDateline(text)).toMatchObject({ agency, year, month, day });
  });

  it.each(['近日，工业和信息化部召开会议', '电子信息产业发展', '通讯员 张三报道', '4月9日,工业和信息化部召开会议'])('finds no dateline in %s', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});
