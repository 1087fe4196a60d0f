// The Settings window's words in every language: the same ids as English, the same
// placeholders, every plural category the language has, and the voice (PRODUCT.md) kept.
import { describe, expect, it } from 'vitest';
import { RAW_CATALOGS } from '../../../src/shared/i18n/all-catalogs';
import { compileCatalog } from '../../../src/shared/i18n/compile';
import { LANGUAGES } from '../../../src/shared/i18n/languages';

type Token = string | [string, string?, Record<string, unknown>?];

/** Every placeholder name, and every plural's categories, in a compiled message. */
function walk(message: unknown, out = { names: new Set<string>(), plurals: [] as string[][] }) {
  if (!Array.isArray(message)) return out;
  for (const token of message as Token[]) {
    if (!Array.isArray(token)) continue;
    const [name, type, format] = token;
    out.names.add(name);
    if (type === 'plural' && format) {
      out.plurals.push(Object.keys(format).filter((k) => k !== 'offset'));
      for (const branch of Object.values(format)) walk(branch, out);
    }
  }
  return out;
}

const english = compileCatalog(RAW_CATALOGS.en.settings, 'en/settings.json');

/** Words the voice never uses, per language (the brief's list of "deep"/"big", "should", "failed"…). */
const NEVER: Record<string, RegExp> = {
  en: /!|\bshould\b|\bfailed\b|\bmissed\b|\bstreak|\bdue\b|\bdeep|\bbig/i,
  de: /!|\btief|\bgroß|\bsollte|\bmusst|\bmüssen|\bgescheitert|\bversäumt|\bverpasst|\bSerie\b/i,
  es: /[!¡]|profund|\bgrande|\bdeber|\bdebes|fallid|fracas|\bracha\b/i,
  fr: /!|profond|\bgrand|\bdevez|\bdevriez|\bil faut\b|échou|manqué|\bsérie\b/i,
  ja: /[!！]|深い|深く|大きく|しなさい|失敗|逃した|連続/,
  ar: /[!！]|عميق|كبير|يجب|فشل|(^|\s)فاتك/,
};

describe.each(LANGUAGES)('settings words in %s', (language) => {
  const raw = RAW_CATALOGS[language].settings;
  const catalog = compileCatalog(raw, `${language}/settings.json`);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has exactly the English ids', () => {
    expect(Object.keys(raw).sort()).toEqual(Object.keys(RAW_CATALOGS.en.settings).sort());
  });

  it('keeps every placeholder, and lists every plural category the language has', () => {
    for (const [id, message] of Object.entries(catalog)) {
      const mine = walk(message);
      expect([...mine.names].sort(), id).toEqual([...walk(english[id]).names].sort());
      for (const plural of mine.plurals) expect(plural.sort(), id).toEqual([...categories].sort());
    }
  });

  it('speaks in the voice: no exclamation marks, no "should", no deep or big breaths', () => {
    for (const [id, text] of Object.entries(raw)) expect(text, id).not.toMatch(NEVER[language] as RegExp);
  });

  it('is translated: only names, numbers and symbols read the same as English', () => {
    if (language === 'en') return;
    const same = Object.entries(raw).filter(([id, text]) => text === RAW_CATALOGS.en.settings[id]);
    // Names of keys and marks that are the same in every language (Ctrl, Alt, "4-7-8", a separator).
    const allowed =
      /^(settings\.keys\.|settings\.practice\.pattern\.fourSevenEight$|settings\.(unsaved|today)\.separator$|settings\.system\.title$|settings\.practice\.pattern\.box$|settings\.reading\.(theme\.sepia|textSize\.standard)$|settings\.practice\.(volume\.label|length\.minutes)$)/;
    expect(same.map(([id]) => id).filter((id) => !allowed.test(id))).toEqual([]);
  });
});
