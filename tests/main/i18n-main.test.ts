// Main in the person's language, through the composition root under the Electron fake: the
// language follows the system's preferred languages with nothing set, follows the setting when
// there is one, and a change applies at once to the tray (menu and tooltip) and the app menu,
// and to the next reminder. The expected words are read from the catalogs, never from main.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import de from '../../src/shared/i18n/catalogs/de/main.json' with { type: 'json' };
import en from '../../src/shared/i18n/catalogs/en/main.json' with { type: 'json' };
import fr from '../../src/shared/i18n/catalogs/fr/main.json' with { type: 'json' };
import ja from '../../src/shared/i18n/catalogs/ja/main.json' with { type: 'json' };
import { type Fake, launchMain, markReady } from '../support/launch-main';

vi.mock('electron', () => import('../fakes/electron'));

const realArgv = process.argv;
const saved = { ...process.env };

afterEach(async () => {
  vi.useRealTimers();
  process.argv = realArgv;
  process.env = { ...saved };
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
});

/** The tray's first-level labels after the status line(s). */
const trayLabels = (fake: Fake) => fake.Tray.instances[0]?.contextMenu?.labels() ?? [];

/** A window's IPC, as Settings would ask. */
async function askFrom(fake: Fake) {
  const win = fake.BrowserWindow.getAllWindows()[0];
  if (!win) throw new Error('no window');
  const { invokeEvent } = await import('../fakes/electron/ipc');
  return async (channel: string, payload?: unknown) => {
    const reply = (await fake.ipcMain.invoke(channel, invokeEvent({ sender: win.webContents }), payload)) as {
      ok: boolean;
      value?: unknown;
      error?: string;
    };
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

describe('with nothing set, the system’s preferred languages decide', () => {
  it.each([
    [['de-DE', 'en-US'], de],
    [['pt-BR', 'fr-FR'], fr],
    [['pt-BR'], en],
  ] as const)('%j → the tray speaks that language', async (preferred, catalog) => {
    const fake = await launchMain([], { platform: 'linux-x11' });
    fake.app.preferredSystemLanguages = [...preferred];
    await markReady(fake);
    expect(trayLabels(fake)).toContain(catalog['main.tray.takeAPause']);
    expect(trayLabels(fake)).toContain(catalog['main.tray.quit']);
  });

  it('Linux LANGUAGE=ja_JP.UTF-8:en (as GLib lists it for Electron) gives Japanese', async () => {
    process.env.LANGUAGE = 'ja_JP.UTF-8:en';
    process.env.LANG = 'en_US.UTF-8';
    const fake = await launchMain([], { platform: 'linux-x11' });
    await markReady(fake);
    expect(trayLabels(fake)).toContain(ja['main.tray.takeAPause']);
    expect(fake.Tray.instances[0]?.tooltip.startsWith('Attune')).toBe(true);
  });
});

describe('a change of language applies at once', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    vi.setSystemTime(new Date('2026-06-01T09:30:00+02:00')); // a Monday, inside the active hours
  });

  it('Settings → German: the tray menu, its tooltip and the app menu are rebuilt; the next reminder is German', async () => {
    const fake = await launchMain(['--settings'], { platform: 'darwin' });
    fake.app.preferredSystemLanguages = ['en-GB'];
    fake.powerMonitor.idleSeconds = 10;
    await markReady(fake);
    const ask = await askFrom(fake);
    const tray = fake.Tray.instances[0];
    expect(trayLabels(fake)).toContain(en['main.tray.takeAPause']);
    const englishTooltip = tray?.tooltip;

    await ask('settings:update', { system: { language: 'de' } });

    // At once: no restart, no new state from the scheduler needed.
    expect(trayLabels(fake)).toContain(de['main.tray.takeAPause']);
    expect(trayLabels(fake)).not.toContain(en['main.tray.takeAPause']);
    expect(tray?.contextMenu?.item(de['main.tray.quiet']).submenu?.labels()).toEqual([
      'Für 30 Minuten',
      'Für 1 Stunde',
      'Für 2 Stunden',
      de['main.tray.quietUntilTomorrow'],
    ]);
    expect(tray?.tooltip).not.toBe(englishTooltip);
    expect(tray?.tooltip).toMatch(/^Attune – Nächste Pause um \d\d:\d\d$/);
    expect(fake.Menu.applicationMenu?.labels()).toEqual(['Attune', de['main.appMenu.edit'], de['main.appMenu.window']]);
    // Every open window hears it too (it re-renders in the new language).
    const sent = fake.BrowserWindow.getAllWindows()[0]?.webContents.sent ?? [];
    expect(sent.filter((m) => m.channel === 'locale:changed').at(-1)?.args[0]).toMatchObject({
      language: 'de',
      dir: 'ltr',
    });

    // The next reminder, an hour on, is in German: title, body and buttons.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    const { Notification } = fake;
    const notice = Notification.instances.at(-1);
    expect(notice?.options.title).toBe(de['main.notice.title']);
    expect(
      Object.entries(de)
        .filter(([k]) => k.startsWith('main.notice.body.'))
        .map(([, v]) => v),
    ).toContain(notice?.options.body);
    expect(notice?.options.actions?.map((a) => a.text)).toEqual([
      de['main.notice.start'],
      de['main.notice.later'],
      de['main.notice.skip'],
    ]);

    // And back to following the system.
    await ask('settings:update', { system: { language: 'system' } });
    expect(trayLabels(fake)).toContain(en['main.tray.takeAPause']);
  });

  it('Arabic: the tray speaks Arabic, and windows are told to lay out right to left', async () => {
    const fake = await launchMain(['--settings'], { platform: 'linux-x11' });
    await markReady(fake);
    const ask = await askFrom(fake);
    await ask('settings:update', { system: { language: 'ar' } });
    const ar = (await import('../../src/shared/i18n/catalogs/ar/main.json')).default;
    expect(trayLabels(fake)).toContain(ar['main.tray.takeAPause']);
    expect(await ask('locale:get')).toMatchObject({ language: 'ar', dir: 'rtl' });
  });
});

describe('attune --doctor speaks the interface language (its JSON field names stay English)', () => {
  async function doctor(args: string[], opts: { preferred: string[]; saved?: string }) {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    // No bus here: the report says so, which gives it sentences to read.
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/attune-test-bus';
    process.env.DBUS_SYSTEM_BUS_ADDRESS = 'unix:path=/nonexistent/attune-test-bus';
    const appData = mkdtempSync(path.join(tmpdir(), 'attune-doctor-lang-'));
    if (opts.saved) {
      mkdirSync(path.join(appData, 'Attune'));
      writeFileSync(
        path.join(appData, 'Attune', 'settings.json'),
        JSON.stringify({ system: { language: opts.saved } }),
      );
    }
    vi.resetModules();
    const fake = (await import('electron')) as unknown as Fake;
    fake.resetElectronFake({ platform: 'linux-x11' });
    fake.app.setPath('appData', appData);
    fake.app.preferredSystemLanguages = opts.preferred;
    process.argv = [process.execPath, '/app/out/main/index.js', ...args];
    await import('../../src/main/index');
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([0]), { timeout: 10_000 });
    const text = out.mock.calls.map((c) => String(c[0])).join('');
    out.mockRestore();
    return text;
  }

  it('German system, nothing saved: the report in German', async () => {
    const text = await doctor(['--doctor'], { preferred: ['de-DE', 'en-US'] });
    expect(text.split('\n')[0]).toBe(de['main.doctor.title']);
    expect(text).toContain(de['main.doctor.label.notifications']);
  });

  it('the language saved in Settings wins over the system’s; --json keeps English field names', async () => {
    const report = JSON.parse(await doctor(['--doctor', '--json'], { preferred: ['de-DE'], saved: 'ja' }));
    expect(Object.keys(report)).toContain('problems');
    expect(report.problems.length).toBeGreaterThan(0);
    // Japanese sentences: the script says so (no German, no English sentence).
    for (const p of report.problems) expect(p).toMatch(/[\u3040-\u30ff]/);
  });
});
