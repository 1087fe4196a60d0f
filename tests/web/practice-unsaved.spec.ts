// A pause that ends while storage refuses it (issue 15, point 4): the window says kindly that it
// is kept but not saved yet, and closes only when the person says so. In the web preview the
// browser bridge stands in for main; its storage refusing (QuotaExceededError) plays the full disk.
import { expect, type Page, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { expectClosed, expectStep, PRACTICE_VIEWPORT, skipTo } from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

async function storageFullForHistory(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'attune.history') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`ending a pause that cannot be saved yet: kept, said kindly, closed by the person (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await storageFullForHistory(page);
    await page.goto('./#/practice?cycles=1');
    await skipTo(page, 'close');
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectStep(page, 'unsaved', 'Your pause is kept');
    await expect(page.getByText('It isn’t in your history yet — this browser’s storage is full.')).toBeVisible();
    await expect(page.getByText('There is nothing you need to do.')).toBeVisible();
    const text = (await page.locator('section[data-step="unsaved"]').textContent()) ?? '';
    expect(text).not.toMatch(/should|failed|missed|!/i);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/practice-unsaved-${scheme}.png` });
    // It stays until the person closes it.
    await page.waitForTimeout(1500);
    await expect(page.locator('section[data-step="unsaved"]')).toBeVisible();
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectClosed(page);
  });
}

test('"Three breaths" on full storage: the message replaces the thank-you and does not close by itself', async ({
  page,
}) => {
  await storageFullForHistory(page);
  // The page's clock (Playwright's): the breath and the wait after it run fast.
  await page.clock.install();
  await page.goto('./#/practice/breathe?cycles=1&kind=three-breaths');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'inhale');
  await page.clock.runFor(12_000);
  await expect(page.locator('section[data-step="unsaved"]')).toBeVisible();
  // The thank-you would have closed the window after five seconds; the message waits for the person.
  await page.clock.runFor(6000);
  await expect(page.locator('section[data-step="unsaved"]')).toBeVisible();
  await expect(page.getByTestId('preview-closed')).toHaveCount(0);
});
