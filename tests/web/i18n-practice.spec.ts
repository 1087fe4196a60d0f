// The pause in the person's own language, chosen by the browser's locale alone (nothing set in
// Settings): German, Japanese and Arabic. Every step's heading, the pacer's cues and its live
// region, the breathing options and the counts (plural forms, Arabic's included) come from the
// catalogs; no English of the practice area is left on screen; Arabic lays out right to left and
// the guide still reads in order. Screenshots of each step go to docs/screenshots/i18n/.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { holdPageClock, PRACTICE_VIEWPORT, runGuideTo, seedSettings, step, stepFadedIn } from './practice-support';

type EnglishCatalog = typeof import('../../src/shared/i18n/catalogs/en/practice.json');
type Catalog = Record<keyof EnglishCatalog, string>;

/** A practice catalog as the app ships it (Playwright's loader takes JSON only through fs). */
function catalog(lang: string): Catalog {
  return JSON.parse(readFileSync(`src/shared/i18n/catalogs/${lang}/practice.json`, 'utf8')) as Catalog;
}
const [en, de, ja, ar] = ['en', 'de', 'ja', 'ar'].map(catalog) as [Catalog, Catalog, Catalog, Catalog];

interface Case {
  locale: string;
  lang: 'de' | 'ja' | 'ar';
  dir: 'ltr' | 'rtl';
  words: Catalog;
  /** Real words, written out here so a catalog that fell back to English fails. */
  arrive: string;
  inhale: string;
  exhale: string;
  skip: string;
  oneBreath: string;
  steady: string;
}

const CASES: Case[] = [
  {
    locale: 'de-DE',
    lang: 'de',
    dir: 'ltr',
    words: de,
    arrive: 'Ein Moment zum Ankommen',
    inhale: 'Einatmen',
    exhale: 'Ausatmen',
    skip: 'Diesen Schritt überspringen',
    oneBreath: '1 Atemzug',
    steady: 'Gleichmäßig',
  },
  {
    locale: 'ja-JP',
    lang: 'ja',
    dir: 'ltr',
    words: ja,
    arrive: '少しのあいだ、ここに落ち着きましょう',
    inhale: '吸って',
    exhale: '吐いて',
    skip: 'このステップをスキップ',
    oneBreath: '1回の呼吸',
    steady: '一定のリズム',
  },
  {
    locale: 'ar',
    lang: 'ar',
    dir: 'rtl',
    words: ar,
    arrive: 'لحظة للوصول إلى هنا',
    inhale: 'شهيق',
    exhale: 'زفير',
    skip: 'تخطّي هذه الخطوة',
    oneBreath: 'نفَس واحد',
    steady: 'الثابت',
  },
];

const HEADINGS: [string, keyof Catalog][] = [
  ['notice', 'practice.notice.heading'],
  ['name', 'practice.name.heading'],
  ['common', 'practice.common.heading'],
  ['touch', 'practice.touch.heading'],
  ['kindness', 'practice.kindness.heading'],
  ['close', 'practice.close.heading'],
];

/**
 * Text in the page (shown or hidden, labels included) that is still a sentence of the English
 * practice catalog; words a language shares with English (its catalog says the same) are allowed.
 */
async function englishLeft(page: Page, words?: Catalog): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('');
      for (const t of [own, el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '']) {
        if (t.trim()) out.add(t.trim());
      }
    }
    return [...out];
  });
  const english = new Set(
    Object.entries(en)
      .filter(([id, msg]) => !msg.includes('{') && words?.[id as keyof Catalog] !== msg)
      .map(([, msg]) => msg),
  );
  return texts.filter((t) => english.has(t));
}

/** Nothing clipped or spilling out: every text box fits its element and the page fits the window. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) bad.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('h2, p, button, label, legend, li, option, select')) {
      if (el.offsetParent === null || el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1) bad.push(`${el.tagName} “${el.textContent?.trim()}”`);
    }
    return bad;
  });
}

async function shoot(page: Page, name: string, lang: string, scheme: string): Promise<void> {
  await stepFadedIn(page);
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `docs/screenshots/i18n/practice-${name}-${lang}-${scheme}.png`,
    animations: name.startsWith('breathe') ? 'allow' : 'disabled',
  });
}

test.use({ viewport: PRACTICE_VIEWPORT });

for (const c of CASES) {
  test.describe(`${c.locale} browser`, () => {
    test.use({ locale: c.locale });

    test('the whole pause speaks the language, with nothing English left', async ({ page }) => {
      // The page's clock (Playwright's): the breath runs fast rather than being waited for.
      await page.clock.install();
      await page.goto('./#/practice?cycles=1');
      await expect(page.locator('html')).toHaveAttribute('dir', c.dir);
      await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${c.lang}`));

      await expect(page.getByRole('heading', { level: 2 })).toHaveText(c.arrive);
      await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
      await expect(
        page.getByRole('list', { name: c.words['practice.progress'] }).getByRole('listitem').first(),
      ).toHaveText(c.words['practice.group.arrive']);
      await expect(page.getByTestId('eyes-open')).toHaveText(c.words['practice.arrive.lead']);
      await expect(page.getByTestId('crisis-link')).toHaveText(c.words['practice.crisis.link']);
      await expect(page.getByRole('button', { name: c.words['practice.end'] })).toBeVisible();
      expect(await englishLeft(page, c.words)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shoot(page, 'arrive', c.lang, 'light');

      await page.getByRole('button', { name: c.skip }).click();
      await expect(step(page, 'breathe')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(c.words['practice.anchor.breath.heading']);
      await expect(page.locator('.pacer-cue')).toHaveText(c.inhale);
      await expect(page.getByTestId('pacer-live')).toHaveText(c.inhale);
      await expect(page.getByTestId('breathe-summary')).toHaveText(`${c.steady} · ${c.oneBreath}`);
      await holdPageClock(page);
      await runGuideTo(page, 1500);
      expect(await overflowing(page)).toEqual([]);
      await shoot(page, 'breathe', c.lang, 'light');
      await runGuideTo(page, 6000);
      await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'exhale');
      await expect(page.locator('.pacer-cue')).toHaveText(c.exhale);
      await expect(page.getByTestId('pacer-live')).toHaveText(c.exhale);
      await runGuideTo(page, 11_500);
      await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'done');
      await page.clock.resume();
      await expect(page.locator('.pacer-cue')).toHaveText(c.words['practice.cue.breath.done']);
      await expect(page.getByRole('button', { name: c.words['practice.continue'] })).toBeFocused();
      expect(await englishLeft(page, c.words)).toEqual([]);
      await page.keyboard.press('Enter');

      for (const [id, heading] of HEADINGS) {
        await expect(step(page, id)).toBeVisible();
        await expect(page.getByRole('heading', { level: 2 })).toHaveText(c.words[heading]);
        if (id === 'notice' || id === 'touch') {
          await expect(step(page, id).locator('.practice-footnote')).toHaveText(c.words['practice.kindnessNote']);
        }
        expect(await englishLeft(page, c.words), id).toEqual([]);
        expect(await overflowing(page), id).toEqual([]);
        if (id === 'notice' || id === 'touch' || id === 'close') await shoot(page, id, c.lang, 'light');
        if (id !== 'close') await page.getByRole('button', { name: c.skip }).click();
      }
      await expect(page.getByRole('button', { name: c.words['practice.close'] }).first()).toBeVisible();
      await expect(page.getByRole('textbox', { name: c.words['practice.close.note'] })).toBeVisible();
    });

    test('the breathing options name patterns, units and limits in the language', async ({ page }) => {
      await seedSettings(page, { practice: { holdsEnabled: true } });
      await page.goto('./#/practice/breathe?cycles=3&pattern=4-7-8');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(c.words['practice.anchor.breath.heading']);
      await page.getByRole('button', { name: c.words['practice.breathe.change'] }).click();
      const patterns = page.getByRole('group', { name: c.words['practice.breathe.pattern'] });
      await expect(patterns.getByRole('radio', { name: new RegExp(`^${c.steady}`) })).toBeVisible();
      await expect(
        patterns.getByRole('radio', { name: new RegExp(`^${c.words['practice.pattern.custom']}`) }),
      ).toBeVisible();
      await expect(page.getByText(c.words['practice.breathe.restartHint'])).toBeVisible();
      await expect(page.getByRole('button', { name: c.words['practice.breathe.hide'] })).toBeVisible();
      expect(await englishLeft(page, c.words)).toEqual([]);
      expect(await overflowing(page)).toEqual([]);
      await shoot(page, 'breathe-options', c.lang, 'light');
    });
  });
}

test.describe('German counts', () => {
  test.use({ locale: 'de-DE' });

  test('the 4-7-8 limit and the length agree with their numbers', async ({ page }) => {
    await seedSettings(page, { practice: { holdsEnabled: true } });
    await page.goto('./#/practice/breathe?cycles=10&pattern=4-7-8');
    await page.getByRole('button', { name: 'Atemmuster ändern' }).click();
    // 4-7-8 runs 4 breaths of 19 s: "about 1.5 minutes", with the German decimal comma.
    await expect(page.getByTestId('breathe-summary')).toHaveText('4-7-8 · 4 Atemzüge, etwa 1,5 Minuten');
    await expect(
      page.getByText(
        '4-7-8 endet nach 4 Atemzügen, daher dauert diese Pause 4 Atemzüge, etwa 1,5 Minuten – kürzer, als du gewählt hast.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Gleichmäßig ?, 5,5 s ein, 5,5 s aus$/ })).toBeVisible();
    await expect(page.getByRole('combobox').nth(1).locator('option[value="cycles"]')).toHaveText('Atemzüge');
  });
});

test.describe('Arabic', () => {
  test.use({ locale: 'ar' });

  for (const [cycles, summary] of [
    [1, 'نفَس واحد'],
    [2, 'نفَسان'],
    [5, '5 أنفاس، نحو دقيقة واحدة'],
    [11, '11 نفَسًا، نحو دقيقتين'],
  ] as const) {
    test(`${cycles} breaths read in Arabic's own plural form`, async ({ page }) => {
      await page.goto(`./#/practice/breathe?cycles=${cycles}`);
      await expect(page.getByTestId('breathe-summary')).toHaveText(`الثابت · ${summary}`);
    });
  }

  test('lays out right to left, and the guide still reads in order', async ({ page }) => {
    await seedSettings(page, { practice: { reducedMotion: 'always' } });
    await page.clock.install();
    await page.goto('./#/practice?cycles=1');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The steps run from the right: the first is right of the second.
    const items = page.getByRole('listitem');
    const first = await items.nth(0).boundingBox();
    const second = await items.nth(1).boundingBox();
    expect(first && second && first.x > second.x).toBe(true);
    // The heading starts at the right edge of its line.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCSS('direction', 'rtl');

    await page.getByRole('button', { name: 'تخطّي هذه الخطوة' }).click();
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-motion', 'reduced');
    // The still guide: centred, its cue readable, and its bar filling from the right as Arabic reads.
    const stage = await page.locator('.pacer-stage').boundingBox();
    expect(stage && Math.abs(stage.x + stage.width / 2 - PRACTICE_VIEWPORT.width / 2)).toBeLessThan(20);
    await expect(page.locator('.pacer-cue')).toHaveText('شهيق');
    const origin = await page
      .locator('.pacer-bar-fill')
      .evaluate((el: HTMLElement) => Number.parseFloat(getComputedStyle(el).transformOrigin) / el.offsetWidth);
    expect(origin).toBeCloseTo(1, 1);
    await holdPageClock(page);
    await runGuideTo(page, 1500);
    expect(await overflowing(page)).toEqual([]);
    await shoot(page, 'breathe-reduced', 'ar', 'light');
    await runGuideTo(page, 6000);
    await expect(pacer).toHaveAttribute('data-phase', 'exhale');
    await expect(page.locator('.pacer-cue')).toHaveText('زفير');
    await expect(page.getByTestId('pacer-live')).toHaveText('زفير');
  });

  test.describe('dark theme', () => {
    test.use({ colorScheme: 'dark' });

    test('every step, in the dark', async ({ page }) => {
      await page.clock.install();
      await page.goto('./#/practice?cycles=1');
      await shoot(page, 'arrive', 'ar', 'dark');
      await page.getByRole('button', { name: 'تخطّي هذه الخطوة' }).click();
      await expect(page.locator('.pacer-cue')).toHaveText('شهيق');
      await holdPageClock(page);
      await runGuideTo(page, 1500);
      await shoot(page, 'breathe', 'ar', 'dark');
      await runGuideTo(page, 11_500);
      await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'done');
      await page.clock.resume();
      await page.getByRole('button', { name: 'متابعة' }).click();
      for (const id of ['notice', 'name', 'common', 'touch', 'kindness', 'close']) {
        await expect(step(page, id)).toBeVisible();
        if (id !== 'notice' && id !== 'touch' && id !== 'close') {
          await page.getByRole('button', { name: 'تخطّي هذه الخطوة' }).click();
          continue;
        }
        expect(await overflowing(page), id).toEqual([]);
        await shoot(page, id, 'ar', 'dark');
        if (id !== 'close') await page.getByRole('button', { name: 'تخطّي هذه الخطوة' }).click();
      }
    });
  });
});

test.describe('pseudo-language (en-XA): longer words everywhere', () => {
  test.use({ locale: 'en-XA' });

  test('every step and the breathing options fit, with no English of the practice area left', async ({ page }) => {
    test.setTimeout(90_000);
    await seedSettings(page, { practice: { holdsEnabled: true } });
    await page.goto('./#/practice?cycles=1&pattern=4-7-8');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('[Ţáķé á ɱöɱéñţ ţö áŕŕîṽé~~~~~~~~~]');
    const skip = page.locator('.practice-actions button.button-quiet').last();
    for (const id of ['arrive', 'breathe', 'notice', 'name', 'common', 'touch', 'kindness', 'close']) {
      await expect(step(page, id)).toBeVisible();
      if (id === 'breathe') {
        await page.locator('.breathe-summary button').click();
        await expect(page.locator('.breathe-options')).toBeVisible();
      }
      expect(await englishLeft(page), id).toEqual([]);
      expect(await overflowing(page), id).toEqual([]);
      if (id === 'breathe' || id === 'touch') await shoot(page, id, 'en-XA', 'light');
      if (id !== 'close') await skip.click();
    }
  });
});
