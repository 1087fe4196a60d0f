// Settings tells the person what Attune found on this desktop (no notification service, no tray
// icon, idle time it can't read), fed through the contract's AppState.desktop. The web preview
// has no desktop, so main is stood in for by a small window.attune with these facts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { AppState } from '../../src/shared/app-state';
import { DESKTOP_NOTES } from '../../src/shared/desktop';
import { defaultSettings } from '../../src/shared/settings';
import { fixClock, SETTINGS_VIEWPORT } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

/** Stands in for main with `state` (only what Settings asks for). */
async function openSettingsWith(page: Page, state: AppState): Promise<void> {
  const settings = { ...defaultSettings(), system: { ...defaultSettings().system, loginPromptAnswered: true } };
  await page.addInitScript(
    ([s, st]) => {
      const answers: Record<string, unknown> = {
        'app:info': {
          name: 'Attune',
          version: '0.1.0',
          electron: '45',
          chrome: '',
          node: '',
          platform: 'linux',
          dataFiles: {
            settings: '/home/me/.config/Attune/settings.json',
            history: '/home/me/.config/Attune/history.json',
          },
          preview: false,
        },
        'settings:get': JSON.parse(s),
        'state:get': JSON.parse(st),
        'notice:take': null,
        // Main's answer about the language (src/main/core/locale-service.ts): English here.
        'locale:get': { language: 'en', locale: 'en-GB', dir: 'ltr' },
        'history:list': [],
      };
      Object.defineProperty(window, 'attune', {
        value: { invoke: async (channel: string) => answers[channel], on: () => () => {} },
      });
    },
    [JSON.stringify(settings), JSON.stringify(state)] as const,
  );
  await page.goto('./#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const GNOME_WAYLAND_BARE: AppState = {
  reminder: { kind: 'waiting', nextAt: Date.UTC(2026, 2, 2, 10, 0) },
  desktop: { notifications: { via: 'none', server: null, actions: false }, idleTrusted: false, trayHost: false },
};

for (const theme of ['light', 'dark'] as const) {
  test(`a bare desktop: Settings says what is missing and what to do (${theme})`, async ({ page }) => {
    await fixClock(page);
    await page.emulateMedia({ colorScheme: theme });
    await openSettingsWith(page, GNOME_WAYLAND_BARE);
    const notes = page.getByRole('complementary', { name: 'On this desktop' });
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('listitem')).toHaveText([
      DESKTOP_NOTES['no-notifications'],
      DESKTOP_NOTES['no-tray-host'],
      DESKTOP_NOTES['idle-untrusted'],
    ]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/settings-desktop-notes-${theme}.png` });
  });
}

test('a desktop where everything works: no notes', async ({ page }) => {
  await openSettingsWith(page, {
    reminder: { kind: 'off' },
    desktop: { notifications: { via: 'dbus', server: 'dunst', actions: true }, idleTrusted: true, trayHost: true },
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Reminders' })).toBeVisible();
  await expect(page.getByTestId('desktop-notes')).toHaveCount(0);
});
