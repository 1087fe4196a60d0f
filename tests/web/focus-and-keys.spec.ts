// Focus and the keyboard, in the places a careful keyboard user notices: Esc right after typing
// saves what was typed (or asks, when it can't be saved); the reader's Esc closes its find bar
// first; A−/A+ and "Delete history" never drop focus to the page; after moving between screens
// focus is on the new screen's heading (or the section asked for); the dialog keeps focus inside
// and Esc closes only the dialog.
import { expect, type Page, test } from '@playwright/test';
import { expectClosed } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory, stored } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

const focusedIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test.describe('Esc right after typing', () => {
  const settings = { system: { loginPromptAnswered: true } };

  test('saves the interval typed a moment ago', async ({ page }) => {
    await openWith(page, '#/settings', { settings });
    const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
    await interval.fill('45');
    await page.keyboard.press('Escape');
    await expectClosed(page);
    expect((await stored(page)).schedule.intervalMinutes).toBe(45);
  });

  test('saves a phrase being edited', async ({ page }) => {
    await openWith(page, '#/settings', { settings });
    const phrase = page.getByRole('textbox', { name: /Naming what’s hard, phrase 1/ });
    await phrase.fill('This is heavy today.');
    await page.keyboard.press('Escape');
    await expectClosed(page);
    expect((await stored(page)).practice.phrases.naming[0]).toBe('This is heavy today.');
  });

  test('saves the crisis note being written', async ({ page }) => {
    await openWith(page, '#/settings', { settings });
    await page.getByTestId('crisis-note').fill('Call Sam: 0123 456 789');
    await page.keyboard.press('Escape');
    await expectClosed(page);
    expect((await stored(page)).crisisNote).toBe('Call Sam: 0123 456 789');
  });

  test('saves an edit even when the screen changes before it settles', async ({ page }) => {
    await openWith(page, '#/settings', { settings });
    await page.getByRole('spinbutton', { name: 'Time between pauses' }).fill('50');
    await page.evaluate(() => {
      window.location.hash = '#/history';
    });
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await expect.poll(async () => (await stored(page)).schedule.intervalMinutes).toBe(50);
  });

  test('asks about a value it can’t save, and closes without it only when told', async ({ page }) => {
    await openWith(page, '#/settings', { settings });
    const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
    await interval.fill('5');
    await page.keyboard.press('Escape');
    const ask = page.getByTestId('close-blocked');
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('Time between pauses: 5 is outside what Attune allows here.');
    await expect(page.getByTestId('preview-closed')).toHaveCount(0);
    // Esc again, or "Keep editing", goes back to the field with the typing intact.
    await page.keyboard.press('Escape');
    await expect(ask).toHaveCount(0);
    await expect(interval).toBeFocused();
    await expect(interval).toHaveValue('5');
    // Closed another way (the title bar fires "beforeunload"): the same question.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeunload', { cancelable: true })));
    await expect(ask).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Close without it' }).click();
    await expectClosed(page);
    expect((await stored(page)).schedule.intervalMinutes).toBe(60);
  });
});

test.describe('the reader', () => {
  test.use({ viewport: { width: 780, height: 880 } });

  test('Esc with the find bar open closes the find bar, wherever focus is', async ({ page }) => {
    await page.goto('./#/read');
    await page.getByRole('button', { name: 'Find in article' }).click();
    await page.getByRole('textbox', { name: 'Find in article' }).fill('hurt');
    await page.locator('.reader-article p').nth(3).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Find in article' })).toHaveCount(0);
    await expect(page.getByTestId('preview-closed')).toHaveCount(0);
    // With the find bar closed, Esc closes the window as before.
    await page.keyboard.press('Escape');
    await expectClosed(page);
  });

  test('A− and A+ keep focus on a usable button at the smallest and largest sizes', async ({ page }) => {
    await page.goto('./#/read');
    const smaller = page.getByRole('button', { name: 'Smaller text' });
    const larger = page.getByRole('button', { name: 'Larger text' });
    await smaller.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await expect(smaller).toBeDisabled();
    await expect(larger).toBeFocused();
    for (let i = 0; i < 8; i++) await page.keyboard.press('Enter');
    await expect(larger).toBeDisabled();
    await expect(smaller).toBeFocused();
    expect(await focusedIsBody(page)).toBe(false);
  });
});

test('after confirming “Delete history”, focus is on a control that still works', async ({ page }) => {
  await openWith(page, '#/settings', { history: sampleHistory() });
  const del = page.getByTestId('delete-history');
  await del.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // from "Keep it" to the confirming button
  await expect(page.getByRole('button', { name: 'Delete history', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(del).toBeDisabled();
  await expect(page.getByText('Your pause history has been deleted.')).toBeVisible();
  expect(await focusedIsBody(page)).toBe(false);
  // The nearest control after it in Your data: “Delete everything…”, which asks again before anything.
  await expect(page.getByTestId('delete-everything')).toBeFocused();
  await expect(page.getByTestId('delete-everything')).toBeEnabled();
});

test.describe('focus after moving between screens', () => {
  test('Settings → History → About by keyboard lands on each heading', async ({ page }) => {
    await openWith(page, '#/settings', { history: sampleHistory() });
    const nav = page.getByRole('navigation', { name: 'Sections', exact: true });
    await nav.getByRole('link', { name: 'History' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeFocused();
    await nav.getByRole('link', { name: 'About' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'About Attune' })).toBeFocused();
    // Tab from the heading goes on into the screen, not back to the top of the page.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedIsBody(page)).toBe(false);
  });

  test('History’s “Your data” link opens that section of Settings, with focus on it', async ({ page }) => {
    await openWith(page, '#/history', { history: sampleHistory() });
    await page.getByRole('link', { name: 'Settings, Your data' }).focus();
    await page.keyboard.press('Enter');
    const data = page.locator('section#data');
    await expect(data).toBeFocused();
    await expect(data.getByRole('heading', { name: 'Your data' })).toBeInViewport();
    await page.keyboard.press('Tab');
    // The section's first control: the switch for keeping a history.
    await expect(page.getByRole('switch', { name: 'Keep a history of my pauses' })).toBeFocused();
  });
});

test('the dialog keeps focus inside, and Esc closes only the dialog', async ({ page }) => {
  await openWith(page, '#/settings', { history: sampleHistory() });
  await page.getByTestId('delete-history').click();
  const dialog = page.getByRole('dialog', { name: 'Delete your pause history?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog'))), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('preview-closed')).toHaveCount(0);
  await expect(page.getByTestId('delete-history')).toBeFocused();
  expect((await page.evaluate(() => localStorage.getItem('attune.history')))?.length).toBeGreaterThan(10);
});
