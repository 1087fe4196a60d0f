// Recording the quick-pause shortcut on the Settings screen (web preview, real Chromium): by
// keyboard alone, the keys pressed become the shortcut, a lone key is refused with a hint, Esc
// leaves recording without changing anything, and the choice is saved and survives a reload.
import { expect, type Page, test } from '@playwright/test';
import { defaultSettings } from '../../src/shared/settings';
import { axeProblems } from '../support/axe';
import { openWith, SETTINGS_VIEWPORT, stored } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

const field = (page: Page) => page.getByTestId('quick-pause-shortcut');
const recordButton = (page: Page) => field(page).getByRole('button', { name: /Record/ });

async function startRecording(page: Page) {
  await recordButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(field(page).getByRole('button', { name: /Press the keys now/ })).toBeFocused();
}

test('there is no shortcut until one is recorded', async ({ page }) => {
  await openWith(page, '#/settings');
  await expect(field(page)).toContainText('No shortcut');
  expect((await stored(page)).system.quickPauseShortcut).toBeNull();
});

test('recording: the keys pressed become the shortcut, saved and kept after a reload', async ({ page }) => {
  await openWith(page, '#/settings');
  await startRecording(page);
  await page.keyboard.press('Control+Alt+KeyP');
  await expect(field(page).getByTestId('shortcut-keys')).toHaveText('Ctrl + Alt + P');
  expect((await stored(page)).system.quickPauseShortcut).toBe('Control+Alt+P');
  await page.reload();
  await expect(field(page).getByTestId('shortcut-keys')).toHaveText('Ctrl + Alt + P');
  await expect(field(page).getByRole('button', { name: 'Record a different shortcut' })).toBeVisible();
});

test('a lone key is not taken: a hint says what to add, and recording goes on', async ({ page }) => {
  await openWith(page, '#/settings');
  await startRecording(page);
  await page.keyboard.press('KeyP');
  await expect(field(page).getByRole('status')).toHaveText(/Add Ctrl, Alt or the Super key/);
  await page.keyboard.press('Shift+KeyP');
  await expect(field(page).getByRole('status')).toHaveText(/Add Ctrl, Alt or the Super key/);
  await page.keyboard.press('Control+Shift+Digit5');
  await expect(field(page).getByTestId('shortcut-keys')).toHaveText('Ctrl + Shift + 5');
  expect((await stored(page)).system.quickPauseShortcut).toBe('Control+Shift+5');
});

test('Esc stops recording and changes nothing; Tab moves on as usual', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { quickPauseShortcut: 'Control+Alt+B' } } });
  await startRecording(page);
  await page.keyboard.press('Escape');
  await expect(recordButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect((await stored(page)).system.quickPauseShortcut).toBe('Control+Alt+B');
  await startRecording(page);
  await page.keyboard.press('Tab');
  await expect(recordButton(page)).not.toBeFocused();
  expect((await stored(page)).system.quickPauseShortcut).toBe('Control+Alt+B');
});

test('remove clears it', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { quickPauseShortcut: 'Control+Alt+B' } } });
  await field(page).getByRole('button', { name: 'Remove shortcut' }).click();
  await expect(field(page)).toContainText('No shortcut');
  expect((await stored(page)).system.quickPauseShortcut).toBeNull();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the field while recording, ${scheme}: axe-clean, and a screenshot`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWith(page, '#/settings', { settings: { system: { quickPauseShortcut: 'Control+Alt+P' } } });
    await startRecording(page);
    await page.keyboard.press('KeyQ');
    expect(await axeProblems(page, '[data-testid="quick-pause-shortcut"]')).toEqual([]);
    await field(page).scrollIntoViewIfNeeded();
    await field(page).screenshot({ path: `docs/screenshots/settings-shortcut-${scheme}.png` });
  });
}

test('a refusal from main reaches Settings as a plain message, and the shortcut in use stays', async ({ page }) => {
  // Main's answer for a combination another program holds (tests/main/quick-pause-shortcut.test.ts
  // proves main gives it); here the page stands on a minimal preload-shaped bridge that gives it.
  const settings = {
    ...defaultSettings(),
    system: { ...defaultSettings().system, quickPauseShortcut: 'Control+Alt+P' },
  };
  await page.addInitScript((s) => {
    const answers: Record<string, unknown> = {
      'app:info': {
        name: 'Attune',
        version: '0',
        electron: '45',
        chrome: '',
        node: '',
        platform: 'linux',
        dataFiles: { settings: 's', history: 'h' },
        preview: false,
      },
      'settings:get': s,
      'state:get': { reminder: { kind: 'off' } },
      'notice:take': null,
      // Main's answer about the language (src/main/core/locale-service.ts): English here.
      'locale:get': { language: 'en', locale: 'en-GB', dir: 'ltr' },
      'history:list': [],
      'shortcut:status': { accelerator: 'Control+Alt+P', state: 'active', message: null },
      'shortcut:set': {
        accelerator: 'Control+Alt+P',
        state: 'refused',
        refused: 'Control+Alt+T',
        message: 'Ctrl + Alt + T is already taken by another program. Choose a different combination.',
      },
    };
    (window as unknown as { attune: unknown }).attune = {
      invoke: async (channel: string) => {
        if (!(channel in answers)) throw new Error(`not in this test: ${channel}`);
        return answers[channel];
      },
      on: () => () => {},
    };
  }, settings);
  await page.goto('./#/settings');
  await expect(field(page).getByTestId('shortcut-keys')).toHaveText('Ctrl + Alt + P');
  await field(page).getByRole('button', { name: 'Record a different shortcut' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+KeyT');
  await expect(field(page).getByTestId('shortcut-message')).toHaveText(
    'Ctrl + Alt + T is already taken by another program. Choose a different combination.',
  );
  await expect(field(page).getByTestId('shortcut-keys')).toHaveText('Ctrl + Alt + P');
});
