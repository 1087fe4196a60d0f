// Every step of a pause in light and dark: axe finds nothing, the words follow the voice rules,
// and the README screenshots come from here (docs/screenshots/practice-<step>-<theme>.png).
import { expect, type Page, test } from '@playwright/test';
import { REMINDER_ROUTES } from '../../src/shared/routes';
import { voiceProblems } from '../../src/shared/voice';
import { axeProblems } from '../support/axe';
import { expectStep, FLOW_STEPS, PRACTICE_VIEWPORT, skipTo, stepFadedIn } from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

const SCHEMES = ['light', 'dark'] as const;
const BACKGROUNDS = { light: 'rgb(247, 244, 239)', dark: 'rgb(23, 24, 28)' };

async function checkPage(page: Page, name: string, scheme: (typeof SCHEMES)[number], fullPage = false) {
  await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS[scheme]);
  // Contrast is measured as people see it, once the step has faded in.
  await stepFadedIn(page);
  expect(await axeProblems(page)).toEqual([]);
  // Voice (PRODUCT.md, the shared word list): no exclamation marks, never "deep" or "big" breaths, no guilt words.
  expect(voiceProblems((await page.locator('body').textContent()) ?? '')).toEqual([]);
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `docs/screenshots/practice-${name}-${scheme}.png`,
    fullPage,
    // The breathing screens are shown mid-breath; elsewhere the fade-in is skipped to its end.
    animations: name.startsWith('breathe') ? 'allow' : 'disabled',
  });
}

for (const scheme of SCHEMES) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('every step of the flow is clean', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('./#/practice');
      for (const s of FLOW_STEPS) {
        await skipTo(page, s.id);
        await expectStep(page, s.id, s.heading);
        if (s.id === 'arrive') await page.getByRole('button', { name: 'tired' }).click();
        if (s.id === 'name') await page.getByRole('radio', { name: 'This is hard right now.' }).check();
        if (s.id === 'close')
          await page.getByRole('textbox', { name: 'A private note, if you like' }).fill('Slower now.');
        if (s.id === 'breathe') await page.waitForTimeout(2500);
        await checkPage(page, s.id, scheme);
      }
    });

    test('the reminder path: the short pause’s breathing, its kind word, and the crisis note', async ({ page }) => {
      await page.goto(`./${REMINDER_ROUTES.short}`);
      await expectStep(page, 'breathe');
      await page.waitForTimeout(2500);
      await checkPage(page, 'reminder-breathe', scheme);
      await page.getByRole('button', { name: 'Skip this step' }).click();
      await expectStep(page, 'offer', 'A kind word');
      await checkPage(page, 'reminder-offer', scheme);
      await page.getByRole('button', { name: 'If you are in crisis' }).click();
      await checkPage(page, 'crisis-open', scheme, true);
    });

    test('the breathing options, the reduced-motion guide and the three-breaths thank-you are clean', async ({
      page,
    }) => {
      // The page's clock (Playwright's): the breaths run fast instead of being waited for.
      await page.clock.install();
      await page.goto('./#/practice/breathe?pattern=sigh&cycles=2&kind=three-breaths');
      await expectStep(page, 'breathe');
      await page.getByRole('button', { name: 'Change pattern' }).click();
      await checkPage(page, 'breathe-options', scheme, true);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.getByRole('button', { name: 'Hide options' }).click();
      await expect(page.getByTestId('pacer')).toHaveAttribute('data-motion', 'reduced');
      await page.clock.runFor(1500);
      await checkPage(page, 'breathe-reduced', scheme);

      await page.clock.runFor(40_000);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Thank you for these breaths');
      await checkPage(page, 'farewell', scheme);
    });
  });
}
