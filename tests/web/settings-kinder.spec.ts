// Settings, kinder: what a reminder begins is the person's choice; "Later" is named the same as on
// the reminder; delete everything (after a real confirmation) removes the history with its notes,
// the person's phrases, the crisis note and every setting, while the export holds all of them;
// and a problem is told as a sentence for a person, never a raw error.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { defaultSettings, type SettingsPatch } from '../../src/shared/settings';
import { axeProblems } from '../support/axe';
import { fixClock, openWith, SETTINGS_VIEWPORT, sampleHistory, stored, storedHistory } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

const MINE = {
  system: { loginPromptAnswered: true },
  crisisNote: 'Call Sam on 0123 456 789.',
  practice: { phrases: { naming: ['This is a lot.'], common: [], kindness: ['I am doing my best.'] } },
} satisfies SettingsPatch;
const withNotes = () => sampleHistory().map((r, i) => (i % 4 === 0 ? { ...r, note: `note ${i}` } : r));

test('what a reminder begins: the short pause by default, any variant by choice', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  const group = page.getByRole('group', { name: 'What a reminder begins' });
  await expect(group.getByRole('radio', { name: /^A short pause/ })).toBeChecked();
  await expect(group.getByRole('radio')).toHaveCount(4);
  await group.getByRole('radio', { name: /^A short pause/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: /^Breathing only/ })).toBeChecked();
  await expect.poll(async () => (await stored(page)).schedule.reminderStarts).toBe('breathe');
  await group.getByRole('radio', { name: /^The full self-compassion break/ }).check();
  await expect.poll(async () => (await stored(page)).schedule.reminderStarts).toBe('full');
  // The reminder's "Later" and the setting share one name.
  await expect(page.getByRole('combobox', { name: '“Later” offers the pause again after' })).toHaveValue('10');
});

test('export holds everything: history with its notes, phrases, crisis note, every setting', async ({ page }) => {
  const history = withNotes();
  await openWith(page, '#/settings', { settings: MINE, history });
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  const doc = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(doc.history).toEqual(history);
  expect(doc.history.filter((r: { note?: string }) => r.note).length).toBeGreaterThan(0);
  expect(doc.settings.crisisNote).toBe(MINE.crisisNote);
  expect(doc.settings.practice.phrases.kindness).toEqual(['I am doing my best.']);
  expect(doc.settings).toEqual(await stored(page));
});

test('delete everything: a real confirmation, then nothing of the person’s is left', async ({ page }) => {
  await openWith(page, '#/settings', { settings: MINE, history: withNotes() });
  await page.getByTestId('delete-everything').click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything Attune keeps?' });
  await expect(dialog).toContainText('your pause history, with its private notes');
  await expect(dialog).toContainText('your own phrases');
  await expect(dialog).toContainText('your crisis note');
  await expect(dialog.getByRole('button', { name: 'Keep it all' })).toBeFocused();
  // Nothing goes until the person says they understand.
  const confirm = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await storedHistory(page)).length).toBeGreaterThan(0);
  expect((await stored(page)).crisisNote).toBe(MINE.crisisNote);

  await page.getByTestId('delete-everything').click();
  await dialog.getByRole('checkbox', { name: 'I understand that all of this will be gone' }).check();
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page.getByText('Everything Attune kept has been deleted.')).toBeVisible();
  expect(await storedHistory(page)).toEqual([]);
  // As on the first day: usual phrases, the original crisis note, every setting back.
  const now = await stored(page);
  expect(now === null || JSON.stringify(now) === JSON.stringify(defaultSettings())).toBe(true);
  await page.reload();
  await expect(page.getByTestId('crisis-note')).toHaveValue(/^Attune is not therapy or crisis care\./);
  await page.goto('./#/history');
  await expect(page.getByTestId('history-empty')).toBeVisible();
});

test('deleting the history alone keeps phrases, crisis note and settings', async ({ page }) => {
  await openWith(page, '#/settings', { settings: MINE, history: withNotes() });
  await page.getByTestId('delete-history').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete history' }).click();
  await expect(page.getByText('Your pause history has been deleted.')).toBeVisible();
  expect(await storedHistory(page)).toEqual([]);
  const kept = await stored(page);
  expect(kept.crisisNote).toBe(MINE.crisisNote);
  expect(kept.practice.phrases.kindness).toEqual(['I am doing my best.']);
});

test('a change that cannot be saved is told as a sentence for a person, with what to do', async ({ page }) => {
  await openWith(page, '#/settings', { settings: MINE, history: withNotes() });
  // The disk (here: this browser's storage) refuses every write from now on.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': exceeded the quota.", 'QuotaExceededError');
    };
  });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.getByRole('switch', { name: 'Show seconds while breathing' }).click();
  const message = page.getByText('Something on this computer got in the way. Nothing changed.');
  await expect(message).toBeVisible();
  await expect(message).toContainText('You can try again');
  await page.getByTestId('delete-everything').click();
  await page.getByRole('checkbox', { name: 'I understand that all of this will be gone' }).check();
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByText(/Nothing was deleted\. You can try again in a moment/)).toBeVisible();
  // No raw error on screen; the detail went to the log.
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/setItem|quota|DOMException|Error:|settings\.\w+/i);
  expect(warnings.some((w) => /setItem|quota/i.test(w))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`your data and its confirmation in ${theme}: axe-clean, with screenshots`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openWith(page, '#/settings', { settings: MINE, history: withNotes() });
    await page.locator('#data').scrollIntoViewIfNeeded();
    await page.locator('#data').screenshot({ path: `docs/screenshots/settings-data-${theme}.png` });
    await page.getByTestId('delete-everything').click();
    await page.getByRole('checkbox', { name: 'I understand that all of this will be gone' }).check();
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/settings-delete-everything-${theme}.png` });
  });
}
