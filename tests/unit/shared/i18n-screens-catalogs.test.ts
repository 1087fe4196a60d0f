// History's counts read right in German, Arabic (its six forms), Japanese and French. (Ids, ICU,
// placeholders, plural categories and the voice are checked for every catalog in tests/unit/i18n.)
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { resolveLocale } from '../../../src/shared/i18n/languages';
import { createTranslator } from '../../../src/shared/i18n/translator';

describe('plurals read right for 0, 1, 2, 5 and 11', () => {
  const t = (language: 'de' | 'ar' | 'fr' | 'ja') =>
    createTranslator(resolveLocale(language, []), compileCatalog(RAW_CATALOGS[language].history)).t;
  it('German and Arabic pause counts, Arabic with its six forms', () => {
    const counts = [0, 1, 2, 5, 11, 100];
    expect(counts.map((count) => t('de')('history.count.pauses', { count }))).toEqual([
      '0 Pausen',
      '1 Pause',
      '2 Pausen',
      '5 Pausen',
      '11 Pausen',
      '100 Pausen',
    ]);
    expect(counts.map((count) => t('ar')('history.count.pauses', { count }))).toEqual([
      'لا وقفات',
      'وقفة واحدة',
      'وقفتان',
      '5 وقفات',
      '11 وقفة',
      '100 وقفة',
    ]);
  });
  it('Japanese counts have one form; French says "1 fois", "2 fois"', () => {
    expect([1, 2, 11].map((count) => t('ja')('history.count.pauses', { count }))).toEqual([
      'ひと息 1 回',
      'ひと息 2 回',
      'ひと息 11 回',
    ]);
    expect([0, 1, 2].map((count) => t('fr')('history.count.pauses', { count }))).toEqual([
      '0 pause',
      '1 pause',
      '2 pauses',
    ]);
  });
});
