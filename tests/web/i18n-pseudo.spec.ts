// The pseudo-language over every screen (issue 14): English accented and about 40 % longer,
// between [ … ]. Text that shows plain did not come from the catalog; a closing mark that can't
// be seen, or text past its control's edge, means the layout will clip a longer language.
// Every screen, every step of the pause and every dialog: nothing untranslated, nothing
// clipped, axe clean.
import { expect, type Page, test } from '@playwright/test';
import { QUICK_BREAKS } from '../../src/shared/routes';
import { axeProblems } from '../support/axe';
import { clippedText, untranslatedText, words } from './i18n-support';
import { FLOW_STEPS, PRACTICE_VIEWPORT, seedSettings, step } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

const PSEUDO = { system: { language: 'en-XA' as const } };
const t = words('en-XA').t;

async function expectWellTranslated(page: Page, where: string): Promise<void> {
  // Everything the screen shows has arrived (screens fade in; the words load with the screen).
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await untranslatedText(page), `${where}: text not from the catalog`).toEqual([]);
  expect(await clippedText(page), `${where}: clipped or overflowing text`).toEqual([]);
  // Colours are measured once fades and slides have ended (the breathing guide's own loop runs on).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  expect(await axeProblems(page), `${where}: axe`).toEqual([]);
}

/** Skips steps (by the pseudo-language's own button name) until `id` shows. */
async function pseudoSkipTo(page: Page, id: string): Promise<void> {
  await expect(page.locator('section[data-step]')).toBeVisible();
  for (let i = 0; i < 10 && !(await step(page, id).isVisible()); i++) {
    await page.getByRole('button', { name: t('practice.skip'), exact: true }).click();
  }
  await expect(step(page, id)).toBeVisible();
}

test.describe('settings window', () => {
  test.use({ viewport: SETTINGS_VIEWPORT, timezoneId: 'Europe/London' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('Settings and its dialogs', async ({ page }) => {
    await openWith(page, '#/settings', { settings: PSEUDO, history: sampleHistory() });
    await expectWellTranslated(page, 'settings');
    await page.getByTestId('delete-history').click();
    await expectWellTranslated(page, 'delete history dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('delete-everything').click();
    await expectWellTranslated(page, 'delete everything dialog');
    await page.keyboard.press('Escape');
  });

  test('History with pauses and check-in words, and empty', async ({ page }) => {
    await openWith(page, '#/history', {
      settings: { ...PSEUDO, history: { record: true, showCheckIns: true } },
      history: sampleHistory(),
    });
    await expectWellTranslated(page, 'history');
    await openWith(page, '#/history', { settings: PSEUDO });
    await expectWellTranslated(page, 'history, empty');
    await openWith(page, '#/history', { settings: { ...PSEUDO, history: { record: false, showCheckIns: false } } });
    await expectWellTranslated(page, 'history, off');
  });

  test('About, the crisis screen, the reading view, an unknown address', async ({ page }) => {
    for (const route of ['#/about', '#/crisis', '#/read', '#/no-such-page']) {
      await openWith(page, route, { settings: PSEUDO });
      await expectWellTranslated(page, route);
    }
  });
});

test.describe('practice window', () => {
  test.use({ viewport: PRACTICE_VIEWPORT });

  test('every step of the whole pause', async ({ page }) => {
    await seedSettings(page, PSEUDO);
    await page.goto('./#/practice');
    for (const s of FLOW_STEPS) {
      await pseudoSkipTo(page, s.id);
      await expectWellTranslated(page, `step ${s.id}`);
    }
  });

  test('the short pause and the quick breaks', async ({ page }) => {
    await seedSettings(page, PSEUDO);
    for (const route of [QUICK_BREAKS.short, QUICK_BREAKS.breathe, QUICK_BREAKS.compassion]) {
      await page.goto(`./${route}`);
      await expect(page.locator('section[data-step]')).toBeVisible();
      await expectWellTranslated(page, route);
    }
  });
});
