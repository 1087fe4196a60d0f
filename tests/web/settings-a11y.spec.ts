// Settings in light and dark: axe finds nothing (also with the dialog and messages showing),
// and the README screenshots come from here.
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

for (const theme of ['light', 'dark'] as const) {
  test(`settings in ${theme}: axe-clean, including the first-run question, messages and the dialog`, async ({
    page,
  }) => {
    await fixClock(page);
    await page.emulateMedia({ colorScheme: theme });
    await openWith(page, '#/settings', { history: sampleHistory() });
    await expect(page.getByTestId('login-prompt')).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);

    await page.getByTestId('login-prompt').getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByTestId('login-prompt')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Reminders' })).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/settings-${theme}.png` });

    // With an inline message, a custom pattern and holds showing.
    await page.getByRole('switch', { name: 'Include breath holds' }).check();
    await page.getByRole('radio', { name: /^Your own/ }).check();
    const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
    await interval.fill('5');
    await interval.blur();
    await expect(page.getByText(/5 is outside what Attune allows here/)).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);

    await page.getByTestId('delete-history').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
  });
}

test('the dark theme really is dark, and the light theme light', async ({ page }) => {
  await fixClock(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWith(page, '#/settings');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(23, 24, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(247, 244, 239)');
});
