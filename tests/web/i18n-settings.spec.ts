// The Settings window in the person's language: it follows the browser's language with nothing
// set (German, Japanese, Arabic right to left), switches live when the language is chosen in
// Settings, starts the week where the locale does, and gets plurals right in every language.
import { expect, type Page, test } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { defaultSettings } from '../../src/shared/settings';
import { axeProblems } from '../support/axe';
import { fixClock, MONDAY_MORNING, openWith, SETTINGS_VIEWPORT } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, timezoneId: 'Europe/London' });

const ANSWERED = { system: { loginPromptAnswered: true } } as const;

/** The name of the first weekday picker of range 1, and what Intl in this browser says it should be. */
async function firstWeekday(page: Page, locale: string): Promise<{ shown: string | null; intl: string }> {
  const shown = await page.getByTestId('range-1').getByRole('checkbox').first().getAttribute('aria-label');
  const intl = await page.evaluate((tag) => {
    const loc = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay ?? 1;
    // 4 January 1970 was a Sunday; Intl counts 7 = Sunday.
    return new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(1970, 0, 4 + (firstDay % 7)),
    );
  }, locale);
  return { shown, intl };
}

/** Nothing clipped or overflowing: no control wider than its box, no sideways scrolling. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
      out.push('the page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>(
      '.settings button, .settings label, .settings legend, .settings select, .settings h2, .settings h3, .settings a, .screen-nav a, h1',
    )) {
      if (el.offsetParent === null || el.closest('.visually-hidden')) continue; // not shown, or for screen readers only
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`clipped: ${el.textContent?.slice(0, 60)}`);
      const r = el.getBoundingClientRect();
      if (r.right > document.documentElement.clientWidth + 1 || r.left < -1)
        out.push(`off screen: ${el.textContent?.slice(0, 60)}`);
    }
    return out;
  });
}

test.describe('German browser, nothing set', () => {
  test.use({ locale: 'de-DE' });
  test('Settings speaks German, the week starts on Monday, numbers read the German way', async ({ page }) => {
    await fixClock(page);
    await openWith(page, '#/settings', { settings: ANSWERED });
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
    await expect(page.getByRole('heading', { level: 2, name: 'Erinnerungen' })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Zeit zwischen den Pausen' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Bereiche' }).getByRole('link', { name: 'Verlauf' }),
    ).toBeVisible();
    await expect(page.getByTestId('pauses-today')).toHaveText(/^Deine Pausen heute: 10:00, 11:00/);
    // The well-known case: a German week starts on Monday.
    expect(await firstWeekday(page, 'de-DE')).toEqual({ shown: 'Montag', intl: 'Montag' });
    await expect(page.getByTestId('range-1').locator('.weekday span').first()).toHaveText('Mo');
    // The sigh's 5.5 seconds with a decimal comma.
    await expect(page.getByText('5,5 s ein, 5,5 s aus')).toBeVisible();
    await expect(page.getByTestId('language')).toHaveValue('system');
    await expect(page.getByTestId('language').locator('option').first()).toHaveText('Systemsprache (Deutsch)');
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/i18n/settings-de-light.png' });
  });
});

test.describe('Japanese browser, nothing set', () => {
  test.use({ locale: 'ja-JP' });
  test('Settings speaks Japanese and the week starts on Sunday', async ({ page }) => {
    await fixClock(page);
    await openWith(page, '#/settings', { settings: ANSWERED });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定');
    await expect(page.getByRole('heading', { level: 2, name: 'お知らせ' })).toBeVisible();
    await expect(page.getByRole('switch', { name: '時間を決めてひと息を勧める' })).toBeChecked();
    const week = await firstWeekday(page, 'ja-JP');
    expect(week.shown).toBe(week.intl);
    expect(week.shown).toBe('日曜日');
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/i18n/settings-ja-light.png' });
  });
});

test.describe('English (US) browser', () => {
  test.use({ locale: 'en-US' });
  test('the week starts on Sunday', async ({ page }) => {
    await openWith(page, '#/settings', { settings: ANSWERED });
    const week = await firstWeekday(page, 'en-US');
    expect(week).toEqual({ shown: 'Sunday', intl: 'Sunday' });
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`Arabic browser, nothing set (${theme})`, () => {
    test.use({ locale: 'ar-EG', colorScheme: theme });
    test('Settings speaks Arabic, right to left, the week starting where Intl says', async ({ page }) => {
      await fixClock(page);
      await openWith(page, '#/settings', { settings: ANSWERED });
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar-EG');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');
      await expect(page.getByRole('heading', { level: 2, name: 'التذكيرات' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'بياناتك' })).toBeVisible();
      const week = await firstWeekday(page, 'ar-EG');
      expect(week.shown).toBe(week.intl);
      // Laid out right to left: a section's heading starts at its right edge.
      const section = await page.locator('#reminders').boundingBox();
      const heading = await page.locator('#reminders h2').boundingBox();
      expect(section && heading && section.x + section.width - (heading.x + heading.width)).toBeLessThan(60);
      expect(await overflowing(page)).toEqual([]);
      expect(await axeProblems(page)).toEqual([]);
      await page.screenshot({ path: `docs/screenshots/i18n/settings-ar-${theme}.png` });
    });
  });
}

test.describe('choosing the language in Settings', () => {
  test.use({ locale: 'en-GB' });
  test('the whole window switches at once, without a reload, and the next page follows', async ({ page }) => {
    await fixClock(page);
    await openWith(page, '#/settings', { settings: ANSWERED });
    const language = page.getByRole('combobox', { name: 'Language' });
    await expect(language.locator('option').first()).toHaveText('System language (English)');
    // Each language is listed by its own name, marked with its language; the pseudo-language is not offered.
    const options = await language
      .locator('option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent, o.getAttribute('lang')]));
    expect(options).toEqual([
      ['system', 'System language (English)', null],
      ['en', 'English', 'en'],
      ['de', 'Deutsch', 'de'],
      ['es', 'Español', 'es'],
      ['fr', 'Français', 'fr'],
      ['ja', '日本語', 'ja'],
      ['ar', 'العربية', 'ar'],
    ]);
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });

    // A message showing beside a field is reworded too.
    const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
    await interval.fill('5');
    await interval.blur();
    await expect(page.getByText(/^5 is outside what Attune allows here/)).toBeVisible();

    await language.selectOption('fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages');
    await expect(
      page.getByText(/^5 sort de ce qu’Attune permet ici\. Choisissez un nombre de 10 à 240\.$/),
    ).toBeVisible();
    await expect(page.getByTestId('settings-unsaved')).toContainText('Pas encore enregistré : Temps entre les pauses.');
    await page.getByRole('spinbutton', { name: 'Temps entre les pauses' }).fill('45');
    await page.getByRole('spinbutton', { name: 'Temps entre les pauses' }).blur();
    await expect(page.getByTestId('settings-unsaved')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Rappels' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    await expect(page.getByRole('combobox', { name: 'Langue' }).locator('option').first()).toHaveText(
      'Langue du système (English)',
    );
    await expect(page.getByTestId('pauses-today')).toHaveText(/^Vos pauses aujourd’hui/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(
      (await page.evaluate(() => JSON.parse(localStorage.getItem('attune.settings') ?? '{}'))).system.language,
    ).toBe('fr');

    // To Arabic: the window turns right to left, still without a reload.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');

    // The next page in this window (History, through the nav) is in Arabic too.
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'السجل' }).click();
    await expect(
      page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'السجل' }),
    ).toHaveAttribute('aria-current', 'page');
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'الإعدادات' }).click();

    // Back to the system's language.
    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('system');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  });
});

/** `n` kept pauses, an hour apart, on the days before Monday morning. */
function pauses(n: number): PauseRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p-${i}`,
    kind: 'breathe' as const,
    startedAt: MONDAY_MORNING.getTime() - (i + 1) * 3_600_000,
    durationSeconds: 60,
    completed: true,
  }));
}

const PLURALS: Record<string, { locale: string; hint: Record<number, RegExp> }> = {
  en: {
    locale: 'en-GB',
    hint: { 1: /record of 1 pause,/, 2: /record of 2 pauses,/, 5: /of 5 pauses,/, 11: /of 11 pauses,/ },
  },
  de: {
    locale: 'de-DE',
    hint: { 1: /Eintrag von 1 Pause samt/, 2: /Einträge von 2 Pausen/, 5: /von 5 Pausen/, 11: /von 11 Pausen/ },
  },
  fr: {
    locale: 'fr-FR',
    hint: { 1: /trace de 1 pause, avec ses/, 2: /de 2 pauses, avec leurs/, 5: /de 5 pauses/, 11: /de 11 pauses/ },
  },
  ja: { locale: 'ja-JP', hint: { 1: /1回分/, 2: /2回分/, 5: /5回分/, 11: /11回分/ } },
  // Arabic: one and two say the number in the word; 3–10 take the plural, 11–99 the singular.
  ar: {
    locale: 'ar',
    hint: { 1: /سجل وقفة واحدة/, 2: /سجل وقفتين/, 5: /سجل \S+ وقفات/, 11: /سجل \S+ وقفة مع/ },
  },
};

for (const [language, { locale, hint }] of Object.entries(PLURALS)) {
  test.describe(`plurals in ${language}`, () => {
    test.use({ locale });
    test('the history count reads right for 0, 1, 2, 5 and 11 pauses', async ({ page }) => {
      await fixClock(page);
      await openWith(page, '#/settings', { settings: ANSWERED });
      const texts: string[] = [];
      const line = page.getByTestId('delete-history').locator('xpath=..').locator('.field-hint');
      // 0: nothing to delete, said plainly; the button rests.
      await expect(page.getByTestId('delete-history')).toBeDisabled();
      texts.push((await line.textContent()) ?? '');
      for (const n of [1, 2, 5, 11]) {
        await openWith(page, '#/settings', { settings: ANSWERED, history: pauses(n) });
        await expect(line).toHaveText(hint[n] as RegExp);
        const text = (await line.textContent()) ?? '';
        // The number as Intl writes it in this locale (Arabic-Indic digits where that is the custom).
        const digits = await page.evaluate(
          ([l, k]) => new Intl.NumberFormat(l as string).format(k as number),
          [locale, n],
        );
        if (n > 2 || language !== 'ar') expect(text).toContain(digits);
        texts.push(text);
      }
      expect(new Set(texts).size).toBe(5);
    });
  });
}

test.describe('a window that hears main say the language changed', () => {
  test.use({ locale: 'en-GB' });
  test('follows at once, as every open window does when the language is chosen elsewhere', async ({ page }) => {
    // Main as the app has it: it answers locale:get and broadcasts locale:changed to every window
    // (src/main/core/locale-service.ts). This window is not the one where the choice was made.
    const settings = { ...defaultSettings(), system: { ...defaultSettings().system, loginPromptAnswered: true } };
    await page.addInitScript((seeded) => {
      const listeners = new Map<string, ((data: unknown) => void)[]>();
      const answers: Record<string, unknown> = {
        'app:info': {
          name: 'Attune',
          version: '0.1.0',
          electron: '45',
          chrome: '',
          node: '',
          platform: 'linux',
          dataFiles: { settings: 'settings.json', history: 'history.json' },
          preview: false,
        },
        'settings:get': JSON.parse(seeded),
        'state:get': { reminder: { kind: 'off' } },
        'notice:take': null,
        'history:list': [],
        'locale:get': { language: 'en', locale: 'en-GB', dir: 'ltr' },
        'shortcut:status': { accelerator: null, state: 'off', message: null },
        'busy:support': { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true },
      };
      const w = window as unknown as { attune: unknown; mainSays: (event: string, data: unknown) => void };
      w.attune = {
        invoke: async (channel: string) => answers[channel] ?? null,
        on: (event: string, listener: (data: unknown) => void) => {
          listeners.set(event, [...(listeners.get(event) ?? []), listener]);
          return () => {};
        },
      };
      w.mainSays = (event, data) => {
        for (const l of listeners.get(event) ?? []) l(data);
      };
    }, JSON.stringify(settings));
    const mainSays = (info: { language: string; locale: string; dir: string }) =>
      page.evaluate(
        (i) => (window as unknown as { mainSays: (e: string, d: unknown) => void }).mainSays('locale:changed', i),
        info,
      );
    await page.goto('./#/settings');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await mainSays({ language: 'de', locale: 'de-DE', dir: 'ltr' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
    await expect(page.getByRole('heading', { level: 2, name: 'Erinnerungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await mainSays({ language: 'ar', locale: 'ar', dir: 'rtl' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الإعدادات');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});
