// Start at login, for real on this Linux machine: the entry is written into a temporary
// XDG config home, checked by desktop-file-validate (desktop-file-utils), and removed when off.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AutostartDeps, configHome, createAutostart } from '../../../src/main/adapters/autostart';
import { execArg } from '../../../src/main/core/autostart-entry';

const VALIDATOR = '/usr/bin/desktop-file-validate';

function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync(VALIDATOR, [file], { encoding: 'utf8' });
  if (r.error) throw new Error(`desktop-file-validate could not run (install desktop-file-utils): ${r.error.message}`);
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

interface LoginItems {
  calls: { openAtLogin?: boolean }[];
}
function deps(over: Partial<AutostartDeps> = {}): AutostartDeps & LoginItems {
  const calls: { openAtLogin?: boolean }[] = [];
  let open = false;
  return {
    platform: 'linux',
    env: { XDG_CONFIG_HOME: mkdtempSync(path.join(tmpdir(), 'attune-xdg-')) },
    homedir: mkdtempSync(path.join(tmpdir(), 'attune-home-')),
    execPath: '/opt/Attune/attune',
    isPackaged: true,
    appPath: '/opt/Attune/resources/app.asar',
    calls,
    app: {
      setLoginItemSettings: (s) => {
        calls.push(s);
        open = s.openAtLogin ?? false;
      },
      getLoginItemSettings: () => ({ openAtLogin: open }) as Electron.LoginItemSettings,
    },
    ...over,
  };
}

const execLine = (file: string) => /^Exec=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1];

describe('Linux: XDG autostart entry', () => {
  it('is written to $XDG_CONFIG_HOME/autostart, passes desktop-file-validate, and is removed when off', () => {
    const d = deps();
    const auto = createAutostart(d);
    expect(auto.entryPath).toBe(path.join(d.env.XDG_CONFIG_HOME as string, 'autostart', 'attune.desktop'));
    expect(auto.isEnabled()).toBe(false);

    auto.set(true);
    const file = auto.entryPath as string;
    expect(existsSync(file)).toBe(true);
    expect(validate(file)).toEqual({ ok: true, output: '' });
    expect(auto.isEnabled()).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]$/m);
    expect(text).toMatch(/^Name=Attune$/m);
    expect(text).toMatch(/^Hidden=false$/m);
    expect(text).toMatch(/^X-GNOME-Autostart-enabled=true$/m);
    expect(execLine(file)).toBe('/opt/Attune/attune');
    expect(statSync(file).mode & 0o777).toBe(0o644);

    auto.set(true); // again: still one valid file
    expect(validate(file).ok).toBe(true);

    auto.set(false);
    expect(existsSync(file)).toBe(false);
    expect(auto.isEnabled()).toBe(false);
    auto.set(false); // turning off twice is fine
    expect(d.calls).toEqual([]); // Electron's login items are not used on Linux
  });

  it('starts the AppImage itself when running from one (not the temporary mount)', () => {
    const d = deps({ execPath: '/tmp/.mount_AttuneX/attune', isPackaged: true });
    d.env = { ...d.env, APPIMAGE: '/home/sam/Apps/Attune-0.1.0.AppImage' };
    const auto = createAutostart(d);
    auto.set(true);
    expect(execLine(auto.entryPath as string)).toBe('/home/sam/Apps/Attune-0.1.0.AppImage');
    expect(validate(auto.entryPath as string).ok).toBe(true);
  });

  it('quotes awkward paths so the entry stays valid and means the same path', () => {
    const awkward = '/home/sam/My Apps/Attune "test" $HOME 100% `x` \\back.AppImage';
    const d = deps();
    d.env = { ...d.env, APPIMAGE: awkward };
    const auto = createAutostart(d);
    auto.set(true);
    const file = auto.entryPath as string;
    expect(validate(file)).toEqual({ ok: true, output: '' });
    expect(execLine(file)).toBe(
      '"/home/sam/My Apps/Attune \\\\"test\\\\" \\\\$HOME 100%% \\\\`x\\\\` \\\\\\\\back.AppImage"',
    );
  });

  it('in development, starts electron with the app folder', () => {
    const d = deps({ isPackaged: false, execPath: '/work/node_modules/electron/dist/electron', appPath: '/work/main' });
    const auto = createAutostart(d);
    auto.set(true);
    expect(execLine(auto.entryPath as string)).toBe('/work/node_modules/electron/dist/electron /work/main');
  });

  it('adds an absolute icon path when it has one', () => {
    const d = deps({ iconPath: '/opt/Attune/resources/icons/attune-256.png' });
    const auto = createAutostart(d);
    auto.set(true);
    expect(readFileSync(auto.entryPath as string, 'utf8')).toMatch(
      /^Icon=\/opt\/Attune\/resources\/icons\/attune-256\.png$/m,
    );
    expect(validate(auto.entryPath as string).ok).toBe(true);
  });

  it('uses ~/.config when XDG_CONFIG_HOME is unset or relative', () => {
    expect(configHome({}, '/home/sam')).toBe('/home/sam/.config');
    expect(configHome({ XDG_CONFIG_HOME: 'relative/dir' }, '/home/sam')).toBe('/home/sam/.config');
    expect(configHome({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/sam')).toBe('/x/cfg');
    const d = deps();
    d.env = {};
    const auto = createAutostart(d);
    auto.set(true);
    expect(auto.entryPath).toBe(path.join(d.homedir, '.config', 'autostart', 'attune.desktop'));
    expect(existsSync(auto.entryPath as string)).toBe(true);
  });
});

describe('macOS and Windows: Electron login items', () => {
  it.each(['darwin', 'win32'] as const)('%s turns openAtLogin on and off', (platform) => {
    const d = deps({ platform });
    const auto = createAutostart(d);
    expect(auto.entryPath).toBeNull();
    auto.set(true);
    expect(auto.isEnabled()).toBe(true);
    auto.set(false);
    expect(d.calls).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    expect(auto.isEnabled()).toBe(false);
    expect(existsSync(path.join(d.env.XDG_CONFIG_HOME as string, 'autostart'))).toBe(false);
  });
});

describe('execArg', () => {
  it.each([
    ['/usr/bin/attune', '/usr/bin/attune'],
    ['/a b', '"/a b"'],
    ['50%', '50%%'],
    ['', '""'],
  ])('%j → %j', (arg, want) => {
    expect(execArg(arg)).toBe(want);
  });
});
