// The voice (PRODUCT.md) on every screen a person can see, with the same word list the unit test
// uses (src/shared/voice.ts): Settings, History (full, empty, turned off), About, the crisis
// screen, every dialog, error messages, and every step of each pause — visible text, accessible
// names, placeholders and window titles alike.
import { expect, type Page, test } from '@playwright/test';
import { QUICK_BREAKS } from '../../src/shared/routes';
import { voiceProblems } from '../../src/shared/voice';
import { FLOW_STEPS, holdPageClock, PRACTICE_VIEWPORT, runGuideTo, skipTo } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

/** Everything a person can read or hear on the page now: text, labels, placeholders, the title. */
async function readable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    // The article is the source's own words (it quotes "I should be over this by now" on purpose).
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const a of body.querySelectorAll('article')) a.remove();
    return [document.title, body.textContent ?? '', ...attrs].join('\n');
  });
}

async function expectKind(page: Page, where: string): Promise<void> {
  expect(voiceProblems(await readable(page)), where).toEqual([]);
}

test.describe('settings window', () => {
  test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  test.beforeEach(async ({ page }) => fixClock(page));

  test('Settings, with each dialog open', async ({ page }) => {
    const history = sampleHistory().map((r, i) => (i % 3 === 0 ? { ...r, note: 'A note.' } : r));
    await openWith(page, '#/settings', { history });
    await expectKind(page, 'settings');
    await page.getByTestId('delete-history').click();
    await expectKind(page, 'delete history dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('delete-everything').click();
    await expectKind(page, 'delete everything dialog');
    await page.keyboard.press('Escape');
  });

  test('History: full, with words, with a note dialog; empty; turned off', async ({ page }) => {
    const history = sampleHistory().map((r, i) => (i % 3 === 0 ? { ...r, note: 'A note.' } : r));
    await openWith(page, '#/history', { history, settings: { history: { showCheckIns: true } } });
    await expectKind(page, 'history');
    await page.getByRole('radio', { name: 'Last 30 days' }).check();
    await expectKind(page, 'history, 30 days');
    await page
      .getByRole('button', { name: /^Delete note/ })
      .first()
      .click();
    await expectKind(page, 'delete note dialog');
    await openWith(page, '#/history');
    await expectKind(page, 'history, empty');
    await openWith(page, '#/history', { settings: { history: { record: false } } });
    await expectKind(page, 'history, off');
  });

  test('About, the crisis screen, and the error messages', async ({ page }) => {
    await openWith(page, '#/about');
    await expectKind(page, 'about');
    await openWith(page, '#/crisis');
    await expectKind(page, 'crisis');
    await openWith(page, '#/settings', { history: sampleHistory() });
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new Error('disk failed');
      };
    });
    await page.getByRole('switch', { name: 'Show seconds while breathing' }).click();
    await page.getByTestId('delete-history').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete history' }).click();
    await expect(page.getByText(/Nothing was deleted/)).toBeVisible();
    await expectKind(page, 'errors');
  });
});

test.describe('practice window', () => {
  test.use({ viewport: PRACTICE_VIEWPORT });

  test('every step of the whole pause, with the crisis note open', async ({ page }) => {
    await page.goto('./#/practice');
    for (const s of FLOW_STEPS) {
      await skipTo(page, s.id);
      await page.getByRole('button', { name: 'If you are in crisis' }).click();
      await expectKind(page, s.id);
      await page.getByRole('button', { name: 'Hide this note' }).click();
    }
  });

  test('the short pause, the breathing options, three breaths', async ({ page }) => {
    // The page's clock (Playwright's): the breath runs fast rather than being waited for.
    await page.clock.install();
    await page.goto(`./${QUICK_BREAKS.short}`);
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await expectKind(page, 'short pause, breathing with options');
    await page.getByRole('button', { name: 'Wait' }).click();
    await expectKind(page, 'guide waiting');
    await skipTo(page, 'offer');
    await expectKind(page, 'offer');
    await page.goto(`./${QUICK_BREAKS['three-breaths'].replace('cycles=3', 'cycles=1')}`);
    await holdPageClock(page);
    await runGuideTo(page, 12_000);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Thank you for these breaths');
    await expectKind(page, 'farewell');
  });
});
