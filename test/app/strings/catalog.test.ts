// Every string exists in both languages, asks for the same values in both, and fills
// counts and numbers the reader's way.
import { describe, expect, it } from 'vitest';
import { STRINGS, type StringKey } from '../../../src/app/strings/catalog';
import { formatNumber, inBoth, placeholders, say, translate } from '../../../src/app/strings/translate';

const keys = Object.keys(STRINGS) as StringKey[];

describe('the strings catalog', () => {
  it('has every key in English and Chinese, none empty', () => {
    const missing = keys.filter((k) => {
      const entry: Record<string, unknown> = STRINGS[k];
      return ['en', 'zh'].some((lang) => {
        const form = entry[lang];
        return typeof form === 'string' ? form.trim() === '' : typeof form !== 'object' || form === null || !('other' in form);
      });
    });
    expect(missing).toEqual([]);
  });

  it('asks for the same values in both languages', () => {
    const mismatched = keys.filter((k) => placeholders(k, 'en').join() !== placeholders(k, 'zh').join()).map((k) => `${k}: ${placeholders(k, 'en')} / ${placeholders(k, 'zh')}`);
    expect(mismatched).toEqual([]);
  });

  it('chooses the plural form by the count and groups large numbers', () => {
    expect(translate('en', 'nArticles', { n: 1 })).toBe('1 article');
    expect(translate('en', 'nArticles', { n: 24204 })).toBe('24,204 articles');
    expect(translate('zh', 'nArticles', { n: 24204 })).toBe('24,204 篇文章');
    expect(translate('en', 'matching', { n: 1, total: 1 })).toBe('1 of 1 article');
    expect(translate('en', 'matching', { n: 3, total: 29 })).toBe('3 of 29 articles');
    expect(translate('en', 'coarseYear', { n: 1, total: 5 })).toBe('1 of 5 is dated only to the year');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('leaves values given as text alone: a year is never 2,025', () => {
    expect(translate('en', 'dateYear', { y: '2025' })).toBe('2025');
    expect(translate('zh', 'dateDay', { y: '2025', m: '11', d: '18' })).toBe('2025年11月18日');
  });

  it('says a message in the language asked, and labels carry both', () => {
    expect(say('zh', { key: 'retry' })).toBe('重试');
    expect(say('en', { text: 'a parser said so' })).toBe('a parser said so');
    expect(inBoth('outletUnknown')).toEqual({ zh: '来源不详', en: 'Unknown outlet' });
  });
});
