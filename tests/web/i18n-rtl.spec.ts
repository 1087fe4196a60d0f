// Right to left: with an Arabic browser (nothing set in Attune) every screen is laid out from the
// right — the title where a reader of Arabic starts, the close button at the other end — with
// nothing off either edge, no text clipped and no two controls on top of each other. The few
// things that move along the line turn round too: the Settings switch slides leftwards, the
// breathing guide's bar (reduced motion) and the reading progress fill from the right, the
// "Practice this" arrow points left, the find bar opens at the left. The same checks run in
// English as the control, so each one is shown to tell the two directions apart.
// The selectors never use English words: the same test runs once the screens speak Arabic.
// Screenshots: docs/screenshots/rtl-<screen>-<light|dark>.png.
import { expect, type Page, test } from '@playwright/test';
import type { PauseRecord } from '../../src/shared/history';
import { ROUTES } from '../../src/shared/routes';
import { voiceProblems } from '../../src/shared/voice';
import { axeProblems } from '../support/axe';
import { PRACTICE_VIEWPORT, seedSettings } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

/** Everything wrong with the layout as it stands: off an edge, clipped, or overlapping. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}`;
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        cs.visibility !== 'hidden' &&
        Number(cs.opacity) > 0 &&
        !el.closest('.visually-hidden, .skip-link, dialog:not([open])')
      );
    };
    const all = [...document.querySelectorAll('body *')].filter(shown);
    // Off either edge (a right-to-left page overflows to the left, where no scrollbar shows it).
    for (const el of all) {
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > width + 0.5)
        problems.push(`${name(el)} runs off the ${r.left < -0.5 ? 'left' : 'right'} edge`);
    }
    // Clipped: a box that hides overflow, holds text, and is narrower than that text (an ellipsis
    // is a deliberate, readable cut and is allowed).
    for (const el of all) {
      const cs = getComputedStyle(el);
      const hides = /hidden|clip/.test(cs.overflowX);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (hides && ownText && cs.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} clips its text ("${el.textContent?.trim().slice(0, 30)}")`);
    }
    // Controls and blocks of text on top of each other (not one inside the other). A pinned or
    // floating layer (the reader's sticky toolbar, its find bar) passes over the text on purpose.
    const layer = (el: Element): Element | null => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
        if (/sticky|fixed|absolute/.test(getComputedStyle(e).position)) return e;
      return null;
    };
    const boxes = all.filter((el) =>
      el.matches('button, a[href], input:not([type="hidden"]), select, textarea, h1, h2, h3, p, label, legend, li'),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Element;
        const b = boxes[j] as Element;
        if (a.contains(b) || b.contains(a)) continue;
        const la = layer(a);
        const lb = layer(b);
        if (la !== lb && !la?.contains(lb) && !lb?.contains(la)) continue;
        if ((a as HTMLLabelElement).control === b || (b as HTMLLabelElement).control === a) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 2 && y > 2) problems.push(`${name(a)} and ${name(b)} overlap`);
      }
    }
    return [...new Set(problems)];
  });
}

/** What a person reads on the page in the window's language (the English article left out). */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const a of body.querySelectorAll('article')) a.remove();
    const attrs = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, body.textContent ?? '', ...attrs].join('\n');
  });
}

/** Where the title and the close button sit in the header, as fractions of its width. */
async function headerEnds(page: Page): Promise<{ title: number; close: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('.screen-header') as HTMLElement;
    const h = header.getBoundingClientRect();
    const centre = (sel: string) => {
      const r = (header.querySelector(sel) as HTMLElement).getBoundingClientRect();
      return (r.left + r.width / 2 - h.left) / h.width;
    };
    return { title: centre('h1, .screen-title'), close: centre('.screen-close') };
  });
}

test.describe('the layout check itself', () => {
  test.use({ locale: 'ar', viewport: SETTINGS_VIEWPORT });

  test('catches text off the edge, clipped text and controls on top of each other', async ({ page }) => {
    await openWith(page, '#/about');
    expect(await layoutProblems(page)).toEqual([]);
    // Styles set through the CSSOM: the page's Content-Security-Policy ignores style attributes.
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      const add = (
        tag: string,
        cls: string,
        text: string,
        style: Partial<CSSStyleDeclaration>,
        parent: HTMLElement = main,
      ) => {
        const el = document.createElement(tag);
        el.className = cls;
        el.textContent = text;
        Object.assign(el.style, style);
        parent.append(el);
        return el;
      };
      add('p', 'bad-edge', 'off the left edge', { width: '2000px' });
      add('p', 'bad-clip', 'text that does not fit', { width: '3rem', overflow: 'hidden', whiteSpace: 'nowrap' });
      const row = add('div', 'row', '', {});
      add('button', 'bad-a', 'One', {}, row);
      add('button', 'bad-b', 'Two', { marginInlineStart: '-3rem' }, row);
    });
    const found = (await layoutProblems(page)).join('\n');
    expect(found).toContain('p.bad-edge runs off the left edge');
    expect(found).toContain('p.bad-clip clips its text');
    expect(found).toMatch(/button\.bad-a and button\.bad-b overlap/);
  });
});

test.describe('ar: rtl at 320 CSS px wide (a small window at 200 %)', () => {
  test.use({ locale: 'ar', viewport: { width: 320, height: 640 }, timezoneId: 'Europe/London' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('no screen spills off either edge, clips or overlaps', async ({ page }) => {
    const history = sampleHistory().map((r, i) => (i % 3 === 0 ? { ...r, note: 'A note.' } : r));
    await openWith(page, '#/settings', { history, settings: { history: { showCheckIns: true } } });
    for (const route of ROUTES) {
      await page.goto(`./#/${route}`);
      await expect(page.locator('h1, .screen-title').first()).toBeAttached();
      await expect(page.locator('.screen-close')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await layoutProblems(page), `#/${route}`).toEqual([]);
    }
  });
});

const DIRECTIONS = [
  { locale: 'ar', dir: 'rtl', lang: /^ar/ },
  { locale: 'en-GB', dir: 'ltr', lang: /^en/ },
] as const;

for (const { locale, dir, lang } of DIRECTIONS) {
  const rtl = dir === 'rtl';

  test.describe(`${locale}: ${dir}`, () => {
    test.use({ locale, timezoneId: 'Europe/London' });
    test.beforeEach(async ({ page }) => fixClock(page));

    test.describe('the Settings window', () => {
      test.use({ viewport: SETTINGS_VIEWPORT });

      test('every screen starts from its side, with nothing off an edge, clipped or overlapping; axe-clean, and in the voice of its language', async ({
        page,
      }) => {
        const history = sampleHistory().map((r, i) => (i % 3 === 0 ? { ...r, note: 'A note.' } : r));
        await openWith(page, '#/settings', { history, settings: { history: { showCheckIns: true } } });
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        for (const route of ROUTES) {
          await page.goto(`./#/${route}`);
          await expect(page.locator('h1, .screen-title').first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          const { title, close } = await headerEnds(page);
          if (rtl) expect(title, `#/${route}: title right of close`).toBeGreaterThan(close);
          else expect(title, `#/${route}: title left of close`).toBeLessThan(close);
          expect(await layoutProblems(page), `#/${route}`).toEqual([]);
          if (rtl) expect(await axeProblems(page), `#/${route}`).toEqual([]);
          expect(voiceProblems(await readable(page), rtl ? 'ar' : 'en'), `#/${route}: the voice`).toEqual([]);
        }
      });

      test('the switch slides toward the end of the line', async ({ page }) => {
        await openWith(page, '#/settings');
        const sw = page.locator('input.switch').first();
        if (!(await sw.isChecked())) await sw.check();
        const thumb = await sw.evaluate((el) => {
          const cs = getComputedStyle(el, '::before');
          return { transform: cs.transform, left: cs.left, right: cs.right };
        });
        // matrix(1, 0, 0, 1, tx, 0): the thumb moves 1.25rem (20 px) along the line.
        const tx = Number(thumb.transform.match(/matrix\([^,]+,[^,]+,[^,]+,[^,]+,\s*([-\d.]+)/)?.[1]);
        expect(tx).toBe(rtl ? -20 : 20);
        // It starts at the start edge: 2 px in from the right in Arabic.
        expect(rtl ? thumb.right : thumb.left).toBe('2px');
      });

      test('History: a note’s bar stands at the start side', async ({ page }) => {
        const history = sampleHistory().map((r) => ({ ...r, note: 'A note.' }));
        await openWith(page, '#/history', { history });
        const border = await page
          .locator('.pause-note')
          .first()
          .evaluate((el) => {
            const cs = getComputedStyle(el);
            return { left: cs.borderLeftWidth, right: cs.borderRightWidth };
          });
        expect(border).toEqual(rtl ? { left: '0px', right: '3px' } : { left: '3px', right: '0px' });
      });

      test('a note takes the direction of its own words, whatever the window’s', async ({ page }) => {
        const at = sampleHistory().slice(-2);
        const history = [
          { ...(at[0] as PauseRecord), note: 'A note in English.' },
          { ...(at[1] as PauseRecord), note: 'ملاحظة بالعربية.' },
        ];
        await openWith(page, '#/history', { history });
        // The closing full stop shows the paragraph's direction: at the right end of a
        // left-to-right paragraph, at the left end of a right-to-left one.
        const sides = await page.locator('.pause-note p').evaluateAll((ps) =>
          ps.map((p) => {
            const node = p.firstChild as Text;
            const all = document.createRange();
            all.selectNodeContents(p);
            const stop = document.createRange();
            stop.setStart(node, node.length - 1);
            stop.setEnd(node, node.length);
            const whole = all.getBoundingClientRect();
            const mark = stop.getBoundingClientRect();
            return [p.textContent, mark.left > whole.left + whole.width / 2 ? 'ltr' : 'rtl'];
          }),
        );
        expect(Object.fromEntries(sides)).toEqual({ 'A note in English.': 'ltr', 'ملاحظة بالعربية.': 'rtl' });
        // Arabic has no italic: notes are upright in an Arabic window, italic in an English one.
        const style = await page
          .locator('.pause-note p')
          .first()
          .evaluate((el) => getComputedStyle(el).fontStyle);
        expect(style).toBe(rtl ? 'normal' : 'italic');
      });

      for (const scheme of rtl ? (['light', 'dark'] as const) : []) {
        test(`screenshots, ${scheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          const history = sampleHistory().map((r, i) => (i % 3 === 0 ? { ...r, note: 'A note.' } : r));
          await openWith(page, '#/settings', { history, settings: { history: { showCheckIns: true } } });
          for (const route of ['settings', 'history', 'about'] as const) {
            await page.goto(`./#/${route}`);
            await expect(page.locator('h1').first()).toBeVisible();
            await page.evaluate(() => document.fonts.ready);
            await page.screenshot({ path: `docs/screenshots/rtl-${route}-${scheme}.png` });
          }
        });
      }
    });

    test.describe('the practice window', () => {
      test.use({ viewport: PRACTICE_VIEWPORT });

      test('every step’s screen is whole: nothing off an edge, clipped or overlapping', async ({ page }) => {
        for (const route of ['practice', 'practice/breathe', 'practice/acknowledge', 'crisis']) {
          await page.goto(`./#/${route}`);
          await expect(page.locator('h1, .screen-title').first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('dir', dir);
          const { title, close } = await headerEnds(page);
          if (rtl) expect(title, `#/${route}`).toBeGreaterThan(close);
          else expect(title, `#/${route}`).toBeLessThan(close);
          expect(await layoutProblems(page), `#/${route}`).toEqual([]);
          if (rtl) expect(await axeProblems(page), `#/${route}`).toEqual([]);
        }
      });

      test('the breathing guide without motion fills its bar from the start of the line', async ({ page }) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await seedSettings(page, { practice: { pattern: 'coherent' } });
        await page.goto('./#/practice/breathe');
        await expect(page.getByTestId('pacer')).toHaveAttribute('data-motion', 'reduced');
        await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'inhale');
        await page.waitForTimeout(1500);
        const { bar, fill } = await page.evaluate(() => {
          const box = (sel: string) => {
            const r = (document.querySelector(sel) as HTMLElement).getBoundingClientRect();
            return { left: r.left, right: r.right, width: r.width };
          };
          return { bar: box('.pacer-bar'), fill: box('.pacer-bar-fill') };
        });
        // Part-filled, and anchored at the start edge: the right one in Arabic.
        expect(fill.width).toBeGreaterThan(bar.width * 0.05);
        expect(fill.width).toBeLessThan(bar.width * 0.95);
        if (rtl) expect(Math.abs(fill.right - bar.right)).toBeLessThan(1);
        else expect(Math.abs(fill.left - bar.left)).toBeLessThan(1);
      });

      for (const scheme of rtl ? (['light', 'dark'] as const) : []) {
        test(`screenshots, ${scheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          for (const [route, shot] of [
            ['practice', 'practice-arrive'],
            ['practice/breathe', 'practice-breathe'],
            ['practice/acknowledge', 'practice-acknowledge'],
          ] as const) {
            await page.goto(`./#/${route}`);
            await expect(page.locator('section[data-step]')).toBeVisible();
            await page.evaluate(() => document.fonts.ready);
            await page.screenshot({ path: `docs/screenshots/rtl-${shot}-${scheme}.png` });
          }
          await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
          await page.goto('./#/practice/breathe');
          await expect(page.locator('.pacer-bar')).toBeVisible();
          await page.waitForTimeout(2500);
          await page.screenshot({ path: `docs/screenshots/rtl-practice-breathe-reduced-${scheme}.png` });
        });
      }
    });

    test.describe('the reading window', () => {
      test.use({ viewport: { width: 900, height: 760 } });

      test('the reader: whole, arrows pointing forward, progress and find bar from the start side', async ({
        page,
      }) => {
        await page.goto('./#/read');
        await expect(page.locator('.reader-article')).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        expect(await layoutProblems(page)).toEqual([]);
        // The article is English and reads left to right; the interface's box inside it follows the window.
        const directions = await page.evaluate(() =>
          ['.reader-article [data-source-text]', '.reader-article .practice'].map(
            (sel) => getComputedStyle(document.querySelector(sel) as HTMLElement).direction,
          ),
        );
        expect(directions).toEqual(['ltr', dir]);
        // Arabic letters join: the "Practice this" kicker is not spaced out in Arabic (it is in English).
        const kicker = await page
          .locator('.practice-kicker')
          .first()
          .evaluate((el) => getComputedStyle(el).letterSpacing);
        if (rtl) expect(kicker).toMatch(/^(normal|0px)$/);
        else expect(Number.parseFloat(kicker)).toBeGreaterThan(0);
        // "Practice this" arrows point forward: leftwards in Arabic.
        const arrow = await page
          .locator('.practice-arrow')
          .first()
          .evaluate((el) => getComputedStyle(el).transform);
        expect(arrow).toBe(rtl ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'matrix(1, 0, 0, 1, 0, 0)');
        // The progress hairline grows from the start edge.
        await page.mouse.wheel(0, 1500);
        await expect
          .poll(() => page.locator('.reader-progress-fill').evaluate((el) => el.getBoundingClientRect().width))
          .toBeGreaterThan(5);
        const progress = await page.evaluate(() => {
          const bar = (document.querySelector('.reader-progress') as HTMLElement).getBoundingClientRect();
          const fill = (document.querySelector('.reader-progress-fill') as HTMLElement).getBoundingClientRect();
          return { bar: { left: bar.left, right: bar.right }, fill: { left: fill.left, right: fill.right } };
        });
        if (rtl) expect(Math.abs(progress.fill.right - progress.bar.right)).toBeLessThan(1);
        else expect(Math.abs(progress.fill.left - progress.bar.left)).toBeLessThan(1);
        // The find bar opens under the toolbar's end: the left side in Arabic.
        await page.keyboard.press('Control+f');
        const find = page.locator('.reader-find');
        await expect(find).toBeVisible();
        const box = (await find.boundingBox()) as { x: number; width: number };
        if (rtl) expect(box.x + box.width / 2).toBeLessThan(450);
        else expect(box.x + box.width / 2).toBeGreaterThan(450);
        expect(await layoutProblems(page)).toEqual([]);
      });

      for (const scheme of rtl ? (['light', 'dark'] as const) : []) {
        test(`screenshot, ${scheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto('./#/read');
          await expect(page.locator('.reader-article')).toBeVisible();
          await page.locator('.practice').first().scrollIntoViewIfNeeded();
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: `docs/screenshots/rtl-read-${scheme}.png` });
        });
      }
    });
  });
}
