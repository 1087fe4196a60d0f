// The reading view, History and About in the browser's language with nothing set: German,
// Japanese and Arabic (right to left). The article stays in its original English, marked so,
// with a note in the person's language; counts use each language's plural forms; weeks begin on
// the locale's first day. Screenshots of each screen in each language, looked at.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { fixClock, MONDAY_MORNING, openWith, SETTINGS_VIEWPORT } from './settings-support';

const SHOTS = 'docs/screenshots/i18n';
mkdirSync(SHOTS, { recursive: true });
const READING_VIEWPORT = { width: 780, height: 880 };

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

const day = (daysAgo: number, hour: number, minute = 0) =>
  new Date(
    MONDAY_MORNING.getFullYear(),
    MONDAY_MORNING.getMonth(),
    MONDAY_MORNING.getDate() - daysAgo,
    hour,
    minute,
  ).getTime();
const rec = (id: string, startedAt: number, extra: Partial<PauseRecord> = {}): PauseRecord => ({
  id,
  kind: 'breathe',
  startedAt,
  durationSeconds: 60,
  completed: true,
  ...extra,
});
/** `n` one-minute pauses in the last 7 days (none today), plus one three weeks ago. */
const pauses = (n: number): PauseRecord[] => [
  ...Array.from({ length: n }, (_, i) => rec(`p${i}`, day((i % 6) + 1, 9 + Math.floor(i / 6)))),
  rec('old', day(21, 12)),
];
const SOME: PauseRecord[] = [
  rec('a', day(0, 7, 5), { checkIn: 'tired', note: 'Schultern weicher.' }),
  rec('b', day(2, 9), { checkIn: 'tense', kind: 'short' }),
  rec('c', day(2, 15, 30), { kind: 'compassion', durationSeconds: 150 }),
];

async function openReader(page: Page) {
  await page.setViewportSize(READING_VIEWPORT);
  await page.goto('./#/read');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Text that doesn't fit: the page scrolling sideways, or a control whose words overflow it. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('the page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('button, a, label, h1, h2, legend, .pause-line span')) {
      if (el.getClientRects().length === 0 || el.closest('.visually-hidden')) continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName} “${el.textContent}” is clipped`);
    }
    return out;
  });
}

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
    expect(await axe(page)).toEqual([]);
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
    expect(await axe(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Letzte 7 Tage' }).check();
    await page.screenshot({ path: `${SHOTS}/history-de.png` });
  });

  test('About in German', async ({ page }) => {
    await page.setViewportSize(SETTINGS_VIEWPORT);
    await page.goto('./#/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Über Attune' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sanfte Pausen, so wie du sie möchtest' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kein Ersatz für Begleitung' })).toBeVisible();
    await expect(page.locator('cite')).toHaveAttribute('lang', 'en');
    await expect(page.locator('dt').first()).toHaveText('Version');
    await expect(page.getByRole('button', { name: 'Zum Inhalt springen' })).toBeAttached();
    expect(await axe(page)).toEqual([]);
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
    expect(await axe(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/history-ja.png` });

    await page.goto('./#/about');
    await expect(page.getByRole('heading', { level: 1, name: 'Attune について' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'やさしいひと息を、あなたのペースで' })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/about-ja.png` });
  });
});

test.describe('Arabic (ar), nothing set', () => {
  test.use({ locale: 'ar', timezoneId: 'Africa/Cairo' });

  for (const theme of ['light', 'dark'] as const) {
    test(`the reading view lays out right to left; the article stays English, left to right (${theme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openReader(page);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.getByTestId('reader-original')).toHaveText(
        'هذا المقال بلغته الإنجليزية الأصلية، كما نشرته Well+Being Holistic Mental Health.',
      );
      const article = page.locator('article');
      await expect(article).toHaveAttribute('lang', 'en');
      await expect(article).toHaveAttribute('dir', 'ltr');
      expect(await article.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
      expect(await page.getByTestId('reader-original').evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
      // The toolbar mirrors: Close sits at the left edge, the tools to its right.
      const close = await page.getByRole('button', { name: 'إغلاق' }).boundingBox();
      const find = await page.getByRole('button', { name: 'البحث في المقال' }).boundingBox();
      expect(close && find && close.x < find.x).toBe(true);
      // "Practice this" is Arabic and reads right to left inside the English article.
      const practice = page.locator('.practice').first();
      await expect(practice).toHaveAttribute('dir', 'rtl');
      await expect(practice).toContainText('جرّب هذا');
      await expect(page.getByRole('progressbar', { name: 'تقدّم القراءة' })).toBeAttached();
      expect(await axe(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/read-ar-${theme}.png` });
      await practice.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/read-ar-practice-${theme}.png` });
      // The end of the article: the invitation to pause, in Arabic, right to left.
      await page.getByRole('button', { name: 'أخذ وقفة' }).scrollIntoViewIfNeeded();
      await expect(page.locator('.reader-end-text')).toHaveText(
        'عندما يناسبك ذلك، يمكنك أن تمنح ما قرأته دقيقة ليستقر في داخلك.',
      );
      await page.screenshot({ path: `${SHOTS}/read-ar-end-${theme}.png` });
    });
  }

  test('History counts in Arabic for 0, 1, 2, 5 and 11 pauses: each its own form', async ({ page }) => {
    await page.setViewportSize(SETTINGS_VIEWPORT);
    const cases: [number, string][] = [
      [0, 'لا شيء في آخر 7 أيام. الوقفة هنا متى رغبت فيها.'],
      [1, 'خلال آخر 7 أيام: وقفة واحدة، بما مجموعه دقيقة واحدة من الممارسة.'],
      [2, 'خلال آخر 7 أيام: وقفتان، بما مجموعه دقيقتان من الممارسة.'],
      [5, 'خلال آخر 7 أيام: 5 وقفات، بما مجموعه 5 دقائق من الممارسة.'],
      [11, 'خلال آخر 7 أيام: 11 وقفة، بما مجموعه 11 دقيقة من الممارسة.'],
    ];
    for (const [n, text] of cases) {
      await openWith(page, '#/history', { history: pauses(n) });
      await expect(page.getByTestId('history-summary')).toHaveText(text);
    }
    await page.getByRole('radio', { name: 'آخر 30 يومًا' }).check();
    await expect(page.getByTestId('history-summary')).toContainText('خلال آخر 30 يومًا: 12 وقفة');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`History and About right to left, weeks from Saturday (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(SETTINGS_VIEWPORT);
      await openWith(page, '#/history', { history: SOME, settings: { history: { showCheckIns: true } } });
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1, name: 'السجل' })).toBeVisible();
      await expect(page.getByTestId('pause-word')).toHaveText(['تعب', 'توتّر']);
      await expect(page.getByTestId('history-words').locator('li')).toHaveText([
        /^توتّر\s*مرة واحدة$/,
        /^تعب\s*مرة واحدة$/,
      ]);
      await page.getByRole('radio', { name: 'آخر 30 يومًا' }).check();
      // An Egyptian week begins on Saturday: Saturday 28 February to today is one week.
      const range = await page.evaluate(() =>
        new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'long' }).formatRange(
          new Date(2026, 1, 28),
          new Date(2026, 2, 2),
        ),
      );
      await expect(page.getByTestId('history-weeks').locator('li')).toHaveText([`${range}: 3 وقفات، 5 دقائق`]);
      expect(await axe(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/history-ar-${theme}.png` });

      await page.goto('./#/about');
      await expect(page.getByRole('heading', { level: 1, name: 'عن Attune' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'وقفات لطيفة، على طريقتك' })).toBeVisible();
      await expect(page.locator('cite')).toHaveAttribute('dir', 'ltr');
      expect(await axe(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/about-ar-${theme}.png` });
    });
  }
});

test.describe('the pseudo-language (en-XA): nothing on these screens skips the catalog', () => {
  test.use({ locale: 'en-XA', timezoneId: 'Europe/London' });

  /** Plain English words a person can read or hear, outside what stays English on purpose. */
  async function untranslated(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      // Left out: the article and its title (lang="en"), the person's own notes (and <bdi> quotes
      // of them), the address they typed, the section nav (Settings' own), names never
      // translated, and dates Intl writes (the pseudo-language's locale is English).
      const skip = (el: Element | null) =>
        !el ||
        el.closest(
          '[lang="en"], .pause-note, .screen-nav, .about-facts dt:not(:first-of-type), .about-facts dd, .week-range, .pause-day h2, bdi, code',
        );
      const plain = /\b(?![A-Z]{2,}\b)[A-Za-z]{3,}\b/;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.nodeValue ?? '';
        if (plain.test(text) && !skip(n.parentElement)) found.push(text.trim());
      }
      for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]')) {
        if (skip(el)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
          const v = el.getAttribute(a);
          if (v && plain.test(v)) found.push(`${a}: ${v}`);
        }
      }
      if (plain.test(document.title.replace('Forget Loving Yourself', ''))) found.push(`title: ${document.title}`);
      return found;
    });
  }

  test('Read (with the find bar and the resume note), History (30 days, words, a note dialog) and About', async ({
    page,
  }) => {
    await page.setViewportSize(READING_VIEWPORT);
    await openWith(page, '#/read', { settings: { reading: { positions: { 'forget-loving-yourself': 0.4 } } } });
    await expect(page.locator('.reader-resume')).toBeVisible();
    await page.keyboard.press('Control+f');
    await page.locator('#reader-find-input').fill('zzz');
    await expect(page.locator('.reader-find-count')).not.toBeEmpty();
    expect(await untranslated(page)).toEqual([]);

    await page.setViewportSize(SETTINGS_VIEWPORT);
    await openWith(page, '#/history', { history: SOME, settings: { history: { showCheckIns: true } } });
    await page.locator('.span-choice').nth(1).click();
    await expect(page.getByTestId('history-weeks')).toBeVisible();
    expect(await untranslated(page)).toEqual([]);
    await page.locator('.pause-note button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await untranslated(page)).toEqual([]);

    await openWith(page, '#/history', { history: [], settings: { history: { record: false } } });
    expect(await untranslated(page)).toEqual([]);

    await page.goto('./#/about');
    await expect(page.locator('dd').first()).not.toHaveText('…');
    expect(await untranslated(page)).toEqual([]);
    await page.goto('./#/Nowhere');
    await expect(page.getByTestId('not-found')).toBeVisible();
    expect(await untranslated(page)).toEqual([]);
  });
});
