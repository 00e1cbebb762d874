import { describe, expect, it } from 'vitest';
import { dateEvidenceText } from '../../../src/app/strings/date-evidence';
import { seedMeta } from '../../helpers/seed-corpus';

describe('date evidence in 中文', () => {
  it('translates the pipeline’s phrases and keeps the page’s quoted words', () => {
    expect(dateEvidenceText('year 2025 inferred from other items on the same page; month 11 from dateline «中新网11月18日电»', 'zh')).toBe(
      '年份 2025：由同页其他条目推断；月份 11：来自电头«中新网11月18日电»',
    );
    expect(dateEvidenceText('year 2026 from «2026年全国两会»; month 3 from «全国两会»: the National Two Sessions open in March', 'zh')).toBe(
      '年份 2026：来自«2026年全国两会»；月份 3：来自«全国两会»：全国两会于三月召开',
    );
    expect(dateEvidenceText('year 2025 from «x»', 'en')).toBe('year 2025 from «x»');
  });

  it('leaves no English word outside the quotes for any seed article', () => {
    for (const a of seedMeta()) {
      const zh = dateEvidenceText(a.dateEvidence, 'zh').replace(/«[^»]*»/gu, '');
      expect(zh, a.dateEvidence).not.toMatch(/[A-Za-z]{2,}/u);
    }
  });
});
