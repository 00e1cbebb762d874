// Dates of the seed items, only as precise as their text supports, with the evidence recorded.
import { describe, expect, it } from 'vitest';
import { byTitle, seedArticles, seedCorpus } from '../helpers/seed-corpus';

describe('dating the seed items', () => {
  it('uses a wire dateline, taking the year from the page', () => {
    const chip = byTitle('汽车芯片');
    expect([chip.date, chip.datePrecision]).toEqual(['2025-11-18', 'day']);
    expect(chip.dateEvidence).toContain('中新网11月18日电');
    expect(chip.dateEvidence).toContain('year 2025 inferred from other items on the same page');
  });

  it("uses a page's time line", () => {
    const a = seedArticles('001')[0]!;
    expect([a.date, a.datePrecision]).toEqual(['2025-02-25', 'day']);
    expect(a.dateEvidence).toContain('2025-02-25 15:54:05');
  });

  it("ignores a repost time stamp months after the event in the story's lead", () => {
    const a = seedArticles('003')[0]!;
    expect(a.date).toBe('2025-11-12');
    expect(a.dateEvidence).toMatch(/2026-01-29.*repost/);
  });

  it('takes the year a story treats as current: 最新数据显示,2024年… means 2025', () => {
    const a = seedArticles('004')[0]!;
    expect(a.date).toBe('2025-04-10');
    expect(a.dateEvidence).toContain('最新数据显示,2024年');
  });

  it('never invents a day or month the text does not give', () => {
    expect(seedArticles('002').map((a) => [a.date, a.datePrecision])).toEqual([
      ['2025', 'year'], ['2025', 'year'], ['2025', 'year'], ['2025', 'year'],
    ]);
    expect([byTitle('力挺专精特新').date, byTitle('力挺专精特新').datePrecision]).toEqual(['2025-11', 'month']);
    expect([byTitle('人形机器人').date, byTitle('人形机器人').datePrecision]).toEqual(['2025-11', 'month']);
    expect(byTitle('煤岩气').date).toBe('2026');
  });

  it('dates events of a known month from calendar data', () => {
    const xiongan = byTitle('聚雄安');
    expect([xiongan.date, xiongan.datePrecision]).toEqual(['2026-03', 'month']);
    expect(xiongan.dateEvidence).toContain('Two Sessions');
  });

  it('combines a lead day with the month and year around it', () => {
    expect(byTitle('美高校').date).toBe('2025-11-17');
    expect(byTitle('限购再松绑').date).toBe('2026-02-25');
    expect(byTitle('长沙市长').date).toBe('2026-02-26');
    expect(byTitle('龙海').date).toBe('2026-02-04');
  });

  it('dates every seed item and explains each date', () => {
    for (const a of seedCorpus().articles) {
      expect(a.date, a.id).not.toBeNull();
      expect(a.dateEvidence.length, a.id).toBeGreaterThan(10);
    }
  });
});
