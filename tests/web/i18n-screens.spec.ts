// The reading view, History and About in the browser's language with nothing set: German and
// Japanese (Arabic, right to left: i18n-screens-rtl.spec.ts). The article stays in its original
// English, marked so, with a note in the person's language; counts use each language's plural
// forms; weeks begin on the locale's first day. Screenshots of each screen, looked at.
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { day, openReader, overflowing, pauses, SHOTS, SOME } from './i18n-screens-support';
import { fixClock, openWith, SETTINGS_VIEWPORT } from './settings-support';

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

test.describe('German (de-DE), nothing set', () => {
  test.use({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  test('the reading view speaks German; the article stays English and says so', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByTestId('reader-original')).toHaveText(
      'Dieser Artikel steht hier im englischen Original, so wie Well+Being Holistic Mental Health ihn veröffentlicht hat.',
    );
    const article = page.locator('article');
    await expect(article).toHaveAttribute('lang', 'en');
    await expect(article).toContainText('We hear it everywhere: “You just have to love yourself.”');
    await expect(page.getByRole('button', { name: 'Im Artikel suchen' })).toHaveAttribute('title', 'Suchen (Strg+F)');
    await expect(page.getByRole('button', { name: 'Größere Schrift' })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Lesefortschritt' })).toHaveAttribute(
      'aria-valuetext',
      /^0\s%\s?gelesen, noch etwa \d+ Min\.$/,
    );
    await expect(page.locator('.reader-meta')).toHaveText(/^\d+ Min\. Lesezeit$/);
    await expect(page.locator('.reader-meta span')).toHaveAttribute('lang', 'de-DE');
    // What Attune adds inside the article is German, marked as German.
    const practice = page.locator('.practice').first();
    await expect(practice).toHaveAttribute('lang', 'de-DE');
    await expect(practice).toContainText('Gleich ausprobieren');
    await expect(practice.getByRole('link', { name: /Eine Minute in Ruhe atmen/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Eine Pause machen' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Schließen' })).toBeVisible();
    expect(await page.title()).toBe('Forget Loving Yourself — Attune');
    // Finding counts in German.
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Im Artikel suchen' }).fill('trauma');
    await expect(page.locator('.reader-find-count')).toHaveText(/^1 von \d+$/);
    expect(await axeProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/read-de.png` });
  });

  test('History counts in German for 0, 1, 2, 5 and 11 pauses', async ({ page }) => {
    await page.setViewportSize(SETTINGS_VIEWPORT);
    const cases: [number, string][] = [
      [0, 'In den letzten 7 Tagen nichts. Eine Pause ist da, wann immer du eine möchtest.'],
      [1, 'In den letzten 7 Tagen: 1 Pause, zusammen 1 Minute Übung.'],
      [2, 'In den letzten 7 Tagen: 2 Pausen, zusammen 2 Minuten Übung.'],
      [5, 'In den letzten 7 Tagen: 5 Pausen, zusammen 5 Minuten Übung.'],
      [11, 'In den letzten 7 Tagen: 11 Pausen, zusammen 11 Minuten Übung.'],
    ];
    for (const [n, text] of cases) {
      await openWith(page, '#/history', { history: pauses(n) });
      await expect(page.getByTestId('history-summary')).toHaveText(text);
    }
  });

  test('History in German: day names and times from Intl, check-in words, week by week from Monday', async ({
    page,
  }) => {
    await page.setViewportSize(SETTINGS_VIEWPORT);
    await openWith(page, '#/history', { history: SOME, settings: { history: { showCheckIns: true } } });
    await expect(page.getByRole('heading', { level: 1, name: 'Verlauf' })).toBeVisible();
    expect(await page.title()).toBe('Verlauf — Attune');
    const days = page.getByTestId('pause-days').locator('h2');
    await expect(days).toHaveText(['Heute', 'Samstag, 28. Februar']);
    // The clock as a German reads it (24-hour), in the browser's time zone.
    const time = new Intl.DateTimeFormat('de-DE', { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
      day(0, 7, 5),
    );
    expect(time).toMatch(/^\d\d:\d\d$/);
    await expect(page.locator('.pause-line').first()).toHaveText(new RegExp(`^${time}\\s*Atmung\\s*1 Minute\\s*müde$`));
    await expect(page.getByTestId('history-words').locator('li')).toHaveText([
      /^angespannt\s*1 Mal$/,
      /^müde\s*1 Mal$/,
    ]);
    await page.getByRole('radio', { name: 'Letzte 30 Tage' }).check();
    // Monday 2 March begins a German week: today alone, then Monday 23 February to Sunday 1 March.
    const lastWeek = await page.evaluate(() =>
      new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long' }).formatRange(
        new Date(2026, 1, 23),
        new Date(2026, 2, 1),
      ),
    );
    await expect(page.getByTestId('history-weeks').locator('li')).toHaveText([
      '2. März: 1 Pause, 1 Minute',
      `${lastWeek}: 2 Pausen, 4 Minuten`,
    ]);
    expect(await axeProblems(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Letzte 7 Tage' }).check();
    await page.screenshot({ path: `${SHOTS}/history-de.png` });
  });

  test('About in German', async ({ page }) => {
    await page.setViewportSize(SETTINGS_VIEWPORT);
    await page.goto('./#/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Über Attune' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sanfte Pausen, so wie du sie möchtest' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kein Ersatz für professionelle Hilfe' })).toBeVisible();
    await expect(page.locator('cite')).toHaveAttribute('lang', 'en');
    await expect(page.locator('dt').first()).toHaveText('Version');
    await expect(page.getByRole('button', { name: 'Zum Inhalt springen' })).toBeAttached();
    expect(await axeProblems(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/about-de.png` });
  });

  test('an address Attune has no page for, in German', async ({ page }) => {
    await page.goto('./#/History');
    await expect(page.getByRole('heading', { level: 1, name: 'Hier gibt es nichts zu sehen' })).toBeVisible();
    await expect(page.getByTestId('not-found')).toContainText(
      'Unter dieser Adresse (#/History) hat Attune keine Seite. Mit deinen Einstellungen und deinen Pausen ist alles in Ordnung.',
    );
    await expect(page.getByTestId('not-found')).toContainText('Vielleicht meintest du Verlauf.');
    await expect(page.getByRole('button', { name: 'Den Artikel lesen' })).toBeVisible();
  });
});

test.describe('Japanese (ja-JP), nothing set', () => {
  test.use({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });

  test('the reading view, History and About in Japanese', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP');
    await expect(page.getByTestId('reader-original')).toHaveText(
      'この記事は、Well+Being Holistic Mental Health が発表した英語の原文のまま掲載しています。',
    );
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: '記事内を検索' })).toBeVisible();
    await expect(page.locator('.practice-kicker').first()).toHaveText('やってみる');
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/read-ja.png` });

    await page.setViewportSize(SETTINGS_VIEWPORT);
    await openWith(page, '#/history', { history: SOME });
    await expect(page.getByRole('heading', { level: 1, name: '履歴' })).toBeVisible();
    await expect(page.getByTestId('history-summary')).toHaveText('過去 7 日間：ひと息 3 回、合計 5 分の練習。');
    await expect(page.getByRole('radio', { name: '過去 30 日間' })).toBeAttached();
    await expect(page.getByTestId('pause-days').locator('h2').first()).toHaveText('今日');
    expect(await axeProblems(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/history-ja.png` });

    await page.goto('./#/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Attune について' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'やさしいひと息を、あなたのペースで' })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/about-ja.png` });
  });
});
