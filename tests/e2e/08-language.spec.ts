// Journey 8 — in the person's own language: a German desktop (LANGUAGE=de_DE.UTF-8, nothing set
// in Attune) gets the tray, its status line and the Settings window in German. Choosing Japanese
// in Settings switches at once, without a restart: the Settings window, another open window
// (the reading view), the tray, and the next reminder dunst shows. The choice is on disk.
import { readFileSync } from 'node:fs';
import { reminderNotice } from '../../src/main/core/notifier';
import { statusLine } from '../../src/main/core/status-text';
import { trayWords } from '../../src/main/core/tray-menu';
import type { Settings } from '../../src/shared/settings';
import { words } from '../web/i18n-support';
import { dunstAvailable } from './harness/dunst';
import { expect, MONDAY_10, TIME_ZONE, test } from './harness/fixtures';
import { MINUTE, until } from './harness/time';

const de = words('de', 'de-DE');
const ja = words('ja', 'ja-JP');
const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Settings;
/** The tray's first line while the next reminder is due at `nextAt`, in `tr`'s language. */
const nextLine = (tr: typeof de, nextAt: number, now: number) =>
  statusLine(tr, { kind: 'waiting', nextAt }, { timeZone: TIME_ZONE, now });

test('a German desktop gets German; choosing Japanese switches every window, the tray and the next reminder', async ({
  journey,
}) => {
  if (!dunstAvailable())
    throw new Error(
      'run the journeys through tools/test-e2e.sh (npm run test:e2e): it starts Xvfb, a private D-Bus and dunst',
    );
  const { dunst } = journey;
  dunst.reset();
  const app = await journey.launch({ language: 'de_DE.UTF-8' });
  await app.request({ type: 'idle', seconds: 10 });
  const nextAt = MONDAY_10 + 60 * MINUTE;

  // German with nothing set: the tray speaks it, and so does every window it opens.
  expect(await app.statusLine()).toBe(nextLine(de, nextAt, MONDAY_10));
  expect((await app.tray()).items.map((i) => i.label)).toContain(trayWords(de).settings);
  await app.clickTray(trayWords(de).read);
  const read = await app.window(/#\/read$/);
  await expect(read.locator('html')).toHaveAttribute('lang', /^de/);
  await app.clickTray(trayWords(de).settings);
  const settings = await app.window(/#\/settings$/);
  await expect(settings.locator('html')).toHaveAttribute('lang', /^de/);
  await expect(settings.getByRole('heading', { level: 1 })).toHaveText(de.t('common.route.settings'));
  await journey.shot(settings, 'settings-in-german');

  // Japanese, chosen in Settings: every open window, the tray and the disk follow at once.
  await settings.getByLabel(de.t('settings.system.language.label')).selectOption('ja');
  await expect(settings.getByRole('heading', { level: 1 })).toHaveText(ja.t('common.route.settings'));
  await expect(settings.locator('html')).toHaveAttribute('lang', /^ja/);
  await expect(read.locator('html')).toHaveAttribute('lang', /^ja/);
  await expect.poll(() => app.statusLine()).toBe(nextLine(ja, nextAt, MONDAY_10));
  expect((await app.tray()).items.map((i) => i.label)).toContain(trayWords(ja).settings);
  await expect.poll(() => onDisk(journey.file('settings.json')).system.language).toBe('ja');
  await journey.shot(settings, 'settings-switched-to-japanese');

  // 11:00 — the next reminder speaks Japanese, with its buttons.
  await app.tick(60 * MINUTE);
  const [notice] = await until('the reminder to reach dunst', () => dunst.received().length === 1 && dunst.received());
  const ja0 = reminderNotice(ja, 0, 0);
  expect(notice).toMatchObject({ summary: ja0.title, actions: { start: ja0.startLabel, skip: ja0.skipLabel } });
  await journey.shotDesktop('reminder-in-japanese');
});
