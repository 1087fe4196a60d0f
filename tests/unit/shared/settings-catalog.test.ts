// The Settings window's words in every language are translated: only names, numbers and symbols
// read the same as English. (Ids, ICU, placeholders, plural categories and the voice are checked
// for every catalog in tests/unit/i18n.)
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { LANGUAGES } from '../../../src/shared/i18n/languages';

describe.each(LANGUAGES.filter((l) => l !== 'en'))('settings words in %s', (language) => {
  const raw = RAW_CATALOGS[language].settings;

  it('is translated: only names, numbers and symbols read the same as English', () => {
    const same = Object.entries(raw).filter(([id, text]) => text === RAW_CATALOGS.en.settings[id]);
    // Names of keys and marks that are the same in every language (Ctrl, Alt, "4-7-8", a separator).
    const allowed =
      /^(settings\.keys\.|settings\.practice\.pattern\.fourSevenEight$|settings\.(unsaved|today)\.separator$|settings\.system\.title$|settings\.practice\.pattern\.box$|settings\.reading\.(theme\.sepia|textSize\.standard)$|settings\.practice\.(volume\.label|length\.minutes)$)/;
    expect(same.map(([id]) => id).filter((id) => !allowed.test(id))).toEqual([]);
  });
});
