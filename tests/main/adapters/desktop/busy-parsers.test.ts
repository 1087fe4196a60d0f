// The busy readers' parsing, from the command output and files in tests/fixtures/busy/ (see its
// README for where each came from), and each platform's readers put together with the
// recorded output in place of the command.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { busyReaders, createBusyDesktop } from '../../../../src/main/adapters/busy';
import { combine, type RunCommand } from '../../../../src/main/adapters/desktop/busy-probe';
import { parseShowBanners } from '../../../../src/main/adapters/desktop/dnd-gnome';
import { parseRoot, parseWmState } from '../../../../src/main/adapters/desktop/fullscreen-x11';
import {
  parseAssertions,
  parseDefaultsDnd,
  usesAssertionsFile,
} from '../../../../src/main/adapters/desktop/macos-focus';
import { parseCaptureStreams, parseMonitorSources } from '../../../../src/main/adapters/desktop/microphone-pulse';
import {
  fileTimeToMs,
  parseConsentStore,
  windowsConsentStore,
} from '../../../../src/main/adapters/desktop/windows-consent-store';
import {
  focusAssistFrom,
  fullScreenFrom,
  parseNotificationState,
} from '../../../../src/main/adapters/desktop/windows-notification-state';
import { english } from '../../../support/words';

const fixture = (p: string) => readFileSync(path.join('tests/fixtures/busy', p), 'utf8');
const NOW = Date.parse('2026-06-01T10:00:00Z');
const BOOT = Date.parse('2026-06-01T07:00:00Z');

describe('Linux (recorded here)', () => {
  it('xprop: no window manager, openbox with an active window, its state before and after full screen', () => {
    expect(parseRoot(fixture('linux/xprop-root-no-wm.txt'))).toEqual({ ewmh: false, active: 0 });
    expect(parseRoot(fixture('linux/xprop-root-openbox.txt'))).toEqual({ ewmh: true, active: 0x400030 });
    expect(parseWmState(fixture('linux/xprop-wm-state-normal.txt'))).toBe(false);
    expect(parseWmState(fixture('linux/xprop-wm-state-fullscreen.txt'))).toBe(true);
    expect(parseWmState('_NET_WM_STATE = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ')).toBe(false);
    expect(parseWmState('_NET_WM_STATE:  not found.')).toBe(false);
    expect(parseWmState('garbage')).toBeNull();
  });

  it("pactl: a stream on the microphone counts; one on the speakers' monitor does not", () => {
    const monitors = parseMonitorSources(fixture('linux/pactl-sources.txt'));
    expect([...monitors]).toEqual([0]);
    expect(parseCaptureStreams(fixture('linux/pactl-source-outputs-recording.txt'), monitors)).toBe(true);
    expect(parseCaptureStreams(fixture('linux/pactl-source-outputs-monitor-only.txt'), monitors)).toBe(false);
    expect(parseCaptureStreams('', monitors)).toBe(false);
  });

  it('gsettings: show-banners false is Do Not Disturb', () => {
    expect(parseShowBanners('false\n')).toBe(true);
    expect(parseShowBanners('true\n')).toBe(false);
    expect(parseShowBanners('No such schema “org.gnome.desktop.notifications”\n')).toBeNull();
  });
});

describe("Windows (fixtures in reg.exe's and the PowerShell script's format)", () => {
  it('FILETIME to epoch ms', () => {
    expect(fileTimeToMs('0x19db1ded53e8000')).toBe(0); // 1970-01-01
    expect(fileTimeToMs('zero')).toBeNull();
  });

  it('ConsentStore: in use only with no stop time and a start since this boot', () => {
    expect(parseConsentStore(fixture('windows/reg-webcam-in-use.txt'), BOOT, NOW)).toBe(true);
    expect(parseConsentStore(fixture('windows/reg-webcam-not-in-use.txt'), BOOT, NOW)).toBe(false);
    // Left at 0 by an app that ended before this boot (a crash, a power cut): stale, ignored.
    expect(parseConsentStore(fixture('windows/reg-microphone-stale.txt'), BOOT, NOW)).toBe(false);
    // The same entry counts when the machine has been up since before it started.
    expect(parseConsentStore(fixture('windows/reg-microphone-stale.txt'), BOOT - 86_400_000, NOW)).toBe(true);
  });

  it("SHQueryUserNotificationState and Focus Assist from the script's output", () => {
    const accepts = parseNotificationState(fixture('windows/powershell-accepts.txt'));
    expect(accepts).toEqual({ quns: 5, focus: 0 });
    expect([fullScreenFrom(accepts), focusAssistFrom(accepts)]).toEqual([false, false]);
    const d3d = parseNotificationState(fixture('windows/powershell-fullscreen-d3d.txt'));
    expect([fullScreenFrom(d3d), focusAssistFrom(d3d)]).toEqual([true, false]);
    const presenting = parseNotificationState(fixture('windows/powershell-presentation-focus-alarms.txt'));
    expect([fullScreenFrom(presenting), focusAssistFrom(presenting)]).toEqual([true, true]);
    const unknown = parseNotificationState(fixture('windows/powershell-focus-unreadable.txt'));
    expect([fullScreenFrom(unknown), focusAssistFrom(unknown)]).toEqual([false, null]);
    expect(parseNotificationState('')).toEqual({ quns: null, focus: null });
    expect(parseNotificationState('quns=9\nfocus=7')).toEqual({ quns: null, focus: null });
  });

  it('the Windows readers put together, with the recorded output in place of the commands', async () => {
    const run: RunCommand = async (file, args) => {
      if (file === 'powershell.exe') return { code: 0, stdout: fixture('windows/powershell-fullscreen-d3d.txt') };
      if (file === 'reg' && String(args[1]).endsWith('\\webcam'))
        return { code: 0, stdout: fixture('windows/reg-webcam-not-in-use.txt') };
      if (file === 'reg') return { code: 1, stdout: '' }; // no microphone key: never used
      return null;
    };
    const busy = createBusyDesktop(busyReaders({ platform: 'win32', env: {}, run }));
    const { busy: report, problems } = await busy.report(english());
    expect(report).toEqual({
      doNotDisturb: { source: 'Focus Assist (WNF quiet-hours profile)', active: false },
      fullScreen: { source: 'SHQueryUserNotificationState', active: true },
      camera: { source: 'CapabilityAccessManager ConsentStore\\webcam (reg query)', active: false },
      microphone: { source: 'CapabilityAccessManager ConsentStore\\microphone (reg query)', active: false },
    });
    expect(problems).toEqual([]);
    const clock = { now: () => NOW, uptimeSeconds: () => 3 * 3600 };
    const inUse: RunCommand = async () => ({ code: 0, stdout: fixture('windows/reg-webcam-in-use.txt') });
    expect(await windowsConsentStore(inUse, 'webcam', clock).read()).toBe(true);
    expect(await windowsConsentStore(async () => null, 'webcam', clock).read()).toBeNull();
  });
});

describe('macOS (fixtures)', () => {
  it('Assertions.json (macOS 12+): a record is a Focus on; none, or no list, is off', () => {
    expect(parseAssertions(fixture('macos/Assertions-focus-on.json'))).toBe(true);
    expect(parseAssertions(fixture('macos/Assertions-focus-off.json'))).toBe(false);
    expect(parseAssertions(fixture('macos/Assertions-never.json'))).toBe(false);
    expect(parseAssertions('{"data": 3}')).toBeNull();
    expect(parseAssertions('not json')).toBeNull();
  });

  it('defaults (macOS 11 and earlier), and which one a Darwin version uses', () => {
    expect(parseDefaultsDnd(0, fixture('macos/defaults-dnd-on.txt'))).toBe(true);
    expect(parseDefaultsDnd(0, fixture('macos/defaults-dnd-off.txt'))).toBe(false);
    expect(parseDefaultsDnd(1, '')).toBe(false);
    expect(usesAssertionsFile('21.6.0')).toBe(true);
    expect(usesAssertionsFile('20.6.0')).toBe(false);
  });

  it("the macOS readers: Focus from the file; full screen and camera/microphone plainly can't be told", async () => {
    const busy = createBusyDesktop(
      busyReaders({ platform: 'darwin', env: {}, home: '/nonexistent', release: '23.1.0' }),
    );
    const { busy: report, problems } = await busy.report(english());
    expect(report.doNotDisturb).toEqual({
      source: 'none answered: Focus (~/Library/DoNotDisturb/DB/Assertions.json)',
      active: null,
    });
    expect(report.fullScreen).toEqual({ source: 'none on this desktop', active: null });
    expect(problems).toEqual([
      'Attune can’t tell here whether Do Not Disturb is on (none answered: Focus (~/Library/DoNotDisturb/DB/Assertions.json)), so reminders don’t wait for it.',
      'Attune can’t tell here whether something is full screen (nothing on this desktop says), so reminders don’t wait for it.',
      'Attune can’t tell here whether the camera or microphone is in use (nothing on this desktop says), so reminders don’t wait for calls.',
    ]);
    expect(await busy.support()).toEqual({ doNotDisturb: false, fullScreen: false, cameraOrMicrophone: false });
  });
});

describe('combining several readers of one signal', () => {
  const probe = (source: string, answer: boolean | null) => ({ source, read: async () => answer });
  it("busy when any says so, not busy when one can tell, can't tell when none can", async () => {
    expect(await combine([probe('a', null), probe('b', true), probe('c', false)])).toEqual({
      active: true,
      source: 'b',
    });
    expect(await combine([probe('a', null), probe('c', false)])).toEqual({ active: false, source: 'c' });
    expect(await combine([probe('a', null)])).toEqual({ active: null, source: 'none answered: a' });
    expect(await combine([{ source: 'x', read: () => Promise.reject(new Error('boom')) }])).toEqual({
      active: null,
      source: 'none answered: x',
    });
  });
});
