// The six languages with nothing set (issue 14): a browser whose languages are German, Spanish,
// French, Japanese or Arabic gets Attune in that language on every main screen, Arabic right to
// left; no English text remains where the catalog has a translation. Screenshots of the main
// screens per language and direction: docs/screenshots/languages/<lang>-<screen>-<theme>.png.
import { expect, type Page, test } from '@playwright/test';
import { RAW_CATALOGS } from '../../src/shared/i18n/all-catalogs';
import { CATALOG_AREAS } from '../../src/shared/i18n/areas';
import { clippedText, expectLanguage } from './i18n-support';
import { PRACTICE_VIEWPORT } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

const BROWSERS = [
  { locale: 'de-DE', lang: 'de', dir: 'ltr' },
  { locale: 'es-ES', lang: 'es', dir: 'ltr' },
  { locale: 'fr-FR', lang: 'fr', dir: 'ltr' },
  { locale: 'ja-JP', lang: 'ja', dir: 'ltr' },
  { locale: 'ar', lang: 'ar', dir: 'rtl' },
] as const;

/** English messages without placeholders whose translation in `lang` reads differently. */
function englishOnly(lang: (typeof BROWSERS)[number]['lang']): Set<string> {
  const out = new Set<string>();
  for (const area of CATALOG_AREAS) {
    const en = RAW_CATALOGS.en[area];
    const other = RAW_CATALOGS[lang][area];
    for (const [id, text] of Object.entries(en)) {
      if (!/[{}]/.test(text) && other[id] !== undefined && other[id] !== text) out.add(text.trim());
    }
  }
  return out;
}

/** Text on the page that is an English message the language has its own words for. */
async function englishLeftovers(page: Page, lang: (typeof BROWSERS)[number]['lang']): Promise<string[]> {
  const english = [...englishOnly(lang)];
  return page.evaluate((messages) => {
    const set = new Set(messages);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (text && set.has(text) && !n.parentElement?.closest('article, [lang="en"]')) found.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a)?.trim();
        if (v && set.has(v)) found.push(`${a}: ${v}`);
      }
    }
    return [...new Set(found)];
  }, english);
}

const SCREENS = [
  { name: 'settings', route: '#/settings', viewport: SETTINGS_VIEWPORT },
  { name: 'history', route: '#/history', viewport: SETTINGS_VIEWPORT },
  { name: 'read', route: '#/read', viewport: SETTINGS_VIEWPORT },
  { name: 'about', route: '#/about', viewport: SETTINGS_VIEWPORT },
  { name: 'practice', route: '#/practice', viewport: PRACTICE_VIEWPORT },
] as const;

for (const browser of BROWSERS) {
  test.describe(`a browser in ${browser.locale}`, () => {
    test.use({ locale: browser.locale, timezoneId: 'Europe/Berlin' });
    test.beforeEach(async ({ page }) => fixClock(page));

    // Spanish and French on the two busiest screens; German, Japanese and Arabic on all of them.
    const screens = ['es', 'fr'].includes(browser.lang)
      ? SCREENS.filter((s) => s.name === 'settings' || s.name === 'practice')
      : SCREENS;
    for (const screen of screens) {
      test(`${screen.name} speaks ${browser.lang}`, async ({ page }) => {
        await page.setViewportSize(screen.viewport);
        await openWith(page, screen.route, {
          history: sampleHistory(),
          settings: { history: { record: true, showCheckIns: true } },
        });
        await expectLanguage(page, new RegExp(`^${browser.lang}`), browser.dir);
        expect(await englishLeftovers(page, browser.lang), 'English left on the screen').toEqual([]);
        expect(await clippedText(page), 'clipped or overflowing text').toEqual([]);
        const shots = ['de', 'ja', 'ar'].includes(browser.lang) ? (['light', 'dark'] as const) : (['light'] as const);
        for (const theme of shots) {
          await page.emulateMedia({ colorScheme: theme });
          await page.screenshot({ path: `docs/screenshots/languages/${browser.lang}-${screen.name}-${theme}.png` });
        }
      });
    }
  });
}
