// The composition root under the Electron fake: first-launch arguments, the single-instance lock,
// and arguments a second launch forwards to the running copy ('second-instance' additionalData).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUICK_BREAKS } from '../../src/shared/routes';

vi.mock('electron', () => import('../fakes/electron'));

type Fake = typeof import('../fakes/electron');
const realArgv = process.argv;

/**
 * Loads src/main/index.ts afresh, as `attune ...args`, against a reset fake. The fake is taken
 * from 'electron' itself: vitest keeps the mocked module across vi.resetModules, while a fresh
 * import of the fake's path would be a second instance.
 */
async function launch(args: string[], opts: { lockAvailable?: boolean } = {}): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetElectronFake();
  fake.app.appPath = process.cwd();
  fake.app.lockAvailable = opts.lockAvailable ?? true;
  process.argv = [process.execPath, '/app/out/main/index.js', ...args];
  await import('../../src/main/index');
  return fake;
}

/** Marks the app ready and lets start() run. */
async function ready(fake: Fake): Promise<void> {
  fake.app.markReady();
  await new Promise((r) => setImmediate(r));
}

const urls = (fake: Fake) => fake.BrowserWindow.getAllWindows().map((w) => w.loadedURLs.at(-1));

afterEach(() => {
  process.argv = realArgv;
  vi.restoreAllMocks();
});

describe('first launch', () => {
  it('with no arguments: takes the lock (sending its arguments), starts in the tray with no window', async () => {
    const fake = await launch([]);
    expect(fake.app.lockRequests).toEqual([{ argv: [] }]);
    expect(fake.protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    await ready(fake);
    expect(fake.Tray.instances).toHaveLength(1);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    expect(fake.app.dockHidden).toBe(true);
  });

  it('closing every window does not quit a tray app', async () => {
    const fake = await launch(['--read']);
    await ready(fake);
    for (const w of fake.BrowserWindow.getAllWindows()) w.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCalls).toBe(0);
  });

  it('--settings opens the settings window once ready', async () => {
    const fake = await launch(['--settings']);
    expect(fake.app.lockRequests).toEqual([{ argv: ['--settings'] }]);
    expect(fake.BrowserWindow.created).toHaveLength(0);
    await ready(fake);
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });

  it('--break three-breaths opens the practice window on the quick break', async () => {
    const fake = await launch(['--break', 'three-breaths']);
    await ready(fake);
    expect(urls(fake)).toEqual([`app://attune/index.html${QUICK_BREAKS['three-breaths']}`]);
  });

  it('--help prints the help and exits 0 without taking the lock', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const fake = await launch(['--help']);
    expect(fake.app.exitCodes).toEqual([0]);
    expect(String(out.mock.calls[0]?.[0])).toContain('Usage: attune');
    expect(fake.app.lockRequests).toEqual([]);
  });

  it('--doctor --json prints one JSON report and exits 0, before the lock, even while another Attune runs', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const saved = { ...process.env };
    // No bus here: the report says so rather than failing.
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/attune-test-bus';
    process.env.DBUS_SYSTEM_BUS_ADDRESS = 'unix:path=/nonexistent/attune-test-bus';
    try {
      const fake = await launch(['--doctor', '--json'], { lockAvailable: false });
      await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([0]), { timeout: 10_000 });
      const report = JSON.parse(String(out.mock.calls.map((c) => c[0]).join('')));
      expect(Object.keys(report)).toEqual([
        'session',
        'notifications',
        'tray',
        'idle',
        'lock',
        'dbus',
        'busy',
        'problems',
      ]);
      expect(report.problems.length).toBeGreaterThan(0);
      expect(fake.app.lockRequests).toEqual([]);
      expect(fake.protocol.privilegedSchemes).toEqual([]);
      expect(fake.Tray.instances).toHaveLength(0);
    } finally {
      process.env = saved;
    }
  });

  it('a bad argument prints a clear message and exits 2, starting nothing', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const fake = await launch(['--pause', 'forever']);
    expect(fake.app.exitCodes).toEqual([2]);
    expect(String(err.mock.calls[0]?.[0])).toBe('attune: --pause takes 30m, 1h, 2h or tomorrow, not "forever"\n');
    expect(fake.app.lockRequests).toEqual([]);
    expect(fake.protocol.privilegedSchemes).toEqual([]);
  });

  it('Chromium switches on the command line are ignored', async () => {
    const fake = await launch(['--no-sandbox', '--ozone-platform-hint=auto', '--read']);
    await ready(fake);
    expect(fake.app.exitCodes).toEqual([]);
    expect(urls(fake)).toEqual(['app://attune/index.html#/read']);
  });
});

describe('second launch', () => {
  it('when another Attune holds the lock, this one quits and starts nothing', async () => {
    const fake = await launch(['--settings'], { lockAvailable: false });
    expect(fake.app.lockRequests).toEqual([{ argv: ['--settings'] }]);
    expect(fake.app.quitCalls).toBe(1);
    await ready(fake);
    expect(fake.Tray.instances).toHaveLength(0);
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });
});

describe('the running copy, when a second launch forwards its arguments', () => {
  async function running(): Promise<Fake> {
    const fake = await launch([]);
    await ready(fake);
    return fake;
  }

  it('no arguments opens Settings (reachable without a tray)', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([process.execPath, '/app'], { argv: [] });
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });

  it('--break compassion opens the practice window on the compassion break', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([process.execPath, '/app', '--break', 'compassion'], {
      argv: ['--break', 'compassion'],
    });
    expect(urls(fake)).toEqual([`app://attune/index.html${QUICK_BREAKS.compassion}`]);
  });

  it('--pause 1h quiets reminders: the tray then offers to turn them back on', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([], { argv: ['--pause', '1h'] });
    const menu = fake.Tray.instances[0]?.contextMenu;
    expect(menu?.item('Quiet reminders').submenu?.labels()).toEqual(['Turn reminders back on']);
    // The fake system's regional format is en-GB: a 24-hour clock, the day named if not today.
    expect(menu?.items[0]?.label).toMatch(/^Reminders quiet until (tomorrow, )?\d\d:\d\d$/);
    fake.app.emitSecondInstance([], { argv: ['--resume'] });
    expect(fake.Tray.instances[0]?.contextMenu?.item('Quiet reminders').submenu?.labels()).toContain('For 1 hour');
  });

  it('several commands run in order; the same purpose focuses the open window', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([], { argv: ['--read', '--settings'] });
    expect(urls(fake)).toEqual(['app://attune/index.html#/read', 'app://attune/index.html#/settings']);
    const settings = fake.BrowserWindow.getAllWindows()[1];
    fake.app.emitSecondInstance([], { argv: [] });
    expect(fake.BrowserWindow.created).toHaveLength(2);
    expect(settings?.isFocused()).toBe(true);
  });

  it('arguments that are not ours open Settings instead of doing nothing', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([], { argv: ['--nope'] });
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });

  it.each([
    ['null', null],
    ['a string', '--read'],
    ['argv not a list', { argv: '--read' }],
    ['argv with non-strings', { argv: ['--read', 42] }],
    ['no argv', { args: ['--settings'] }],
    ['undefined', undefined],
  ])('garbage additionalData (%s) falls back to the argv Electron passes', async (_name, data) => {
    const fake = await running();
    fake.app.emitSecondInstance([process.execPath, '/app/out/main/index.js', '--read'], data);
    expect(urls(fake)).toEqual(['app://attune/index.html#/read']);
  });

  it('garbage additionalData and no arguments opens Settings', async () => {
    const fake = await running();
    fake.app.emitSecondInstance([process.execPath, '/app/out/main/index.js'], { argv: { evil: true } });
    expect(urls(fake)).toEqual(['app://attune/index.html#/settings']);
  });
  it('a second launch while the first is still starting is kept and run once ready', async () => {
    const fake = await launch([]);
    fake.app.emitSecondInstance([], { argv: ['--read'] });
    expect(fake.BrowserWindow.created).toHaveLength(0);
    await ready(fake);
    expect(urls(fake)).toEqual(['app://attune/index.html#/read']);
  });
});

describe('your data over IPC, as the Settings and History windows ask', () => {
  async function settingsWindow() {
    const fake = await launch(['--settings']);
    await ready(fake);
    const win = fake.BrowserWindow.getAllWindows()[0];
    if (!win) throw new Error('no settings window');
    const { invokeEvent } = await import('../fakes/electron/ipc');
    const ask = async (channel: string, payload?: unknown) => {
      const reply = (await fake.ipcMain.invoke(channel, invokeEvent({ sender: win.webContents }), payload)) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
    return { fake, ask };
  }
  const pause = { kind: 'breathe', startedAt: 1_700_000_000_000, durationSeconds: 60, completed: true };

  it('delete everything empties the history and brings back the first-run settings', async () => {
    const { ask } = await settingsWindow();
    await ask('settings:update', { crisisNote: 'Call Sam.', practice: { phrases: { kindness: ['Mine.'] } } });
    await ask('practice:finish', { ...pause, note: 'a private note' });
    expect(await ask('history:list')).toHaveLength(1);
    const settings = (await ask('data:delete-all')) as { crisisNote: string; practice: { phrases: unknown } };
    const { defaultSettings } = await import('../../src/shared/settings');
    expect(settings).toEqual(defaultSettings());
    expect(await ask('history:list')).toEqual([]);
    expect(await ask('settings:get')).toEqual(defaultSettings());
  });

  it('with history turned off, a finished pause is not recorded', async () => {
    const { ask } = await settingsWindow();
    await ask('settings:update', { history: { record: false } });
    expect(await ask('practice:finish', pause)).toEqual({ record: null, saved: true, reason: null });
    expect(await ask('history:list')).toEqual([]);
  });

  it('one note can be deleted; the pause stays', async () => {
    const { ask } = await settingsWindow();
    const { record: rec } = (await ask('practice:finish', { ...pause, note: 'to go' })) as { record: { id: string } };
    const after = (await ask('history:delete-note', { id: rec.id })) as { id: string; note?: string }[];
    expect(after).toEqual([{ ...pause, id: rec.id }]);
    await expect(ask('history:delete-note', { id: '' })).rejects.toThrow(/invalid request/);
  });
});
