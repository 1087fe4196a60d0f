// Settings › Reminders › "Wait while you're busy" (issue 12): one switch per busy signal, each
// named and explained, a plain "this desktop can't tell" line for each signal the desktop can't
// read, and the privacy promise. Saves as it changes; keyboard and axe clean; screenshots.
import { expect, type Page, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { fixClock, openWith, SETTINGS_VIEWPORT, stored } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

/** Opens Settings with what this desktop can tell (the browser bridge reads attune.busySupport). */
async function openWithSupport(page: Page, support: Record<string, boolean> | null): Promise<void> {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  await page.evaluate((s) => {
    if (s) localStorage.setItem('attune.busySupport', JSON.stringify(s));
    else localStorage.removeItem('attune.busySupport');
  }, support);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Wait while you’re busy' })).toBeVisible();
}

const group = (page: Page) => page.getByRole('group', { name: 'Wait while you’re busy' });

test('three switches, all on, each explained; the privacy promise is in the group’s description', async ({ page }) => {
  await fixClock(page);
  await openWithSupport(page, { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true });
  const g = group(page);
  const dnd = g.getByRole('switch', { name: 'Do Not Disturb or Focus' });
  const full = g.getByRole('switch', { name: 'Something is full screen' });
  const call = g.getByRole('switch', { name: 'The camera or microphone is in use' });
  for (const s of [dnd, full, call]) await expect(s).toBeChecked();
  await expect(dnd).toHaveAccessibleDescription(/While your desktop is set to Do Not Disturb, reminders wait\./);
  await expect(call).toHaveAccessibleDescription(/Most likely a call: reminders wait until it ends\./);
  await expect(g).toHaveAccessibleDescription(/never which app or what is on screen, and keeps no record of it/);
  // A desktop that can tell everything: no "can't tell" line at all.
  await expect(g.getByText(/This desktop doesn’t say/)).toHaveCount(0);
});

test('a desktop that can’t tell full screen says so on that switch only', async ({ page }) => {
  await fixClock(page);
  await openWithSupport(page, { doNotDisturb: true, fullScreen: false, cameraOrMicrophone: true });
  const g = group(page);
  await expect(g.getByText(/This desktop doesn’t say/)).toHaveText([
    'This desktop doesn’t say when something is full screen, so Attune can’t wait for it here.',
  ]);
  await expect(g.getByRole('switch', { name: 'Something is full screen' })).toHaveAccessibleDescription(
    /This desktop doesn’t say when something is full screen, so Attune can’t wait for it here\./,
  );
});

test('the web preview can tell none of them, and says so for each', async ({ page }) => {
  await fixClock(page);
  await openWithSupport(page, null);
  await expect(group(page).getByText(/This desktop doesn’t say/)).toHaveText([
    'This desktop doesn’t say when Do Not Disturb is on, so Attune can’t wait for it here.',
    'This desktop doesn’t say when something is full screen, so Attune can’t wait for it here.',
    'This desktop doesn’t say when the camera or microphone is in use, so Attune can’t wait for it here.',
  ]);
});

test('a switch saves as it changes, by mouse or keyboard, and stays after a reload', async ({ page }) => {
  await fixClock(page);
  await openWithSupport(page, { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true });
  const full = group(page).getByRole('switch', { name: 'Something is full screen' });
  await full.click();
  await expect(full).not.toBeChecked();
  expect((await stored(page)).schedule.waitWhileBusy).toEqual({
    doNotDisturb: true,
    fullScreen: false,
    cameraOrMicrophone: true,
  });
  const call = group(page).getByRole('switch', { name: 'The camera or microphone is in use' });
  await call.focus();
  await page.keyboard.press('Space');
  await expect(call).not.toBeChecked();
  await page.reload();
  await expect(group(page).getByRole('switch', { name: 'Something is full screen' })).not.toBeChecked();
  await expect(group(page).getByRole('switch', { name: 'The camera or microphone is in use' })).not.toBeChecked();
  expect((await stored(page)).schedule.waitWhileBusy.cameraOrMicrophone).toBe(false);
});

for (const theme of ['light', 'dark'] as const) {
  test(`wait while busy in ${theme}: axe-clean, and the screenshot`, async ({ page }) => {
    await fixClock(page);
    await page.emulateMedia({ colorScheme: theme });
    await openWithSupport(page, { doNotDisturb: true, fullScreen: false, cameraOrMicrophone: true });
    expect(await axeProblems(page)).toEqual([]);
    await group(page).scrollIntoViewIfNeeded();
    await group(page).screenshot({ path: `docs/screenshots/settings-busy-${theme}.png` });
  });
}
