// Arabic with nothing set: the interface right to left, the article English and left to right
// with the note in Arabic, Arabic's six plural forms in History, weeks from Saturday; and the
// pseudo-language finding no words that skipped the catalog. Screenshots light and dark.
import { expect, type Page, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { openReader, overflowing, pauses, READING_VIEWPORT, SHOTS, SOME } from './i18n-screens-support';
import { fixClock, openWith, SETTINGS_VIEWPORT } from './settings-support';

test.beforeEach(async ({ page }) => {
  await fixClock(page);
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
      expect(await axeProblems(page)).toEqual([]);
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
      expect(await axeProblems(page)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/history-ar-${theme}.png` });

      await page.goto('./#/about');
      await expect(page.getByRole('heading', { level: 1, name: 'عن Attune' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'وقفات لطيفة، على طريقتك' })).toBeVisible();
      await expect(page.locator('cite')).toHaveAttribute('dir', 'ltr');
      expect(await axeProblems(page)).toEqual([]);
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
