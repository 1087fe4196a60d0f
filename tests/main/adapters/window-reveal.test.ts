// Every window shows the first time on every desktop, without a white flash where the platform
// allows, and comes to the front when the person asked for it — against the fake's platform modes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawsOnWayland, REVEAL_DEADLINE_MS } from '../../../src/main/adapters/window-reveal';
import { WindowManager } from '../../../src/main/adapters/windows';
import { app, BrowserWindow, type FakePlatform, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

const manager = () =>
  new WindowManager({
    preloadPath: '/app/out/preload/index.cjs',
    pageUrl: 'app://attune/index.html',
    trustedOrigins: ['app://attune'],
    backgroundColor: () => '#17181c',
  });
const macrotask = () => new Promise((r) => setImmediate(r));

afterEach(() => {
  vi.useRealTimers();
  resetElectronFake();
});

describe('the first time a window opens', () => {
  it('on Wayland, where a hidden window never reports ready-to-show, it shows once the page has loaded', async () => {
    resetElectronFake({ ready: true, platform: 'linux-wayland' });
    const win = manager().open('#/settings');
    await macrotask();
    const fake = BrowserWindow.created[0];
    expect(win?.isVisible()).toBe(true);
    expect(fake?.isFocused()).toBe(true);
    // Loaded (no blank page) and drawn over the theme's background colour, never white.
    expect(fake?.firstShown).toBe('loaded');
    expect(fake?.options.backgroundColor).toBe('#17181c');
  });

  it.each<FakePlatform>(['linux-x11', 'darwin', 'win32'])(
    'on %s it waits for the first painted frame, so nothing flashes',
    async (platform) => {
      resetElectronFake({ ready: true, platform });
      manager().open('#/read');
      const fake = BrowserWindow.created[0];
      expect(fake?.isVisible()).toBe(false);
      await macrotask();
      expect(fake?.isVisible()).toBe(true);
      expect(fake?.firstShown).toBe('painted');
    },
  );

  it('shows anyway after a short deadline when the page never reports back', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    resetElectronFake({ ready: true, platform: 'linux-x11' });
    BrowserWindow.autoReadyToShow = false;
    manager().open('#/practice');
    const fake = BrowserWindow.created[0];
    vi.advanceTimersByTime(REVEAL_DEADLINE_MS - 1);
    expect(fake?.isVisible()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(fake?.isVisible()).toBe(true);
  });

  it('a window closed before it could show is left alone, and no timer outlives it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    resetElectronFake({ ready: true, platform: 'linux-wayland' });
    BrowserWindow.autoReadyToShow = false;
    manager().open('#/practice');
    BrowserWindow.created[0]?.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('opening it again while it loads on Wayland still shows it', async () => {
    resetElectronFake({ ready: true, platform: 'linux-wayland' });
    const wm = manager();
    wm.open('#/settings');
    wm.open('#/settings');
    await macrotask();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(BrowserWindow.created[0]?.isVisible()).toBe(true);
  });
});

describe('drawsOnWayland', () => {
  it.each([
    [{ XDG_SESSION_TYPE: 'wayland' }, 'linux', '', true],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', '', true],
    [{ XDG_SESSION_TYPE: 'wayland' }, 'linux', 'x11', false],
    [{ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, 'linux', '', false],
    [{ DISPLAY: ':0' }, 'linux', 'wayland', true],
    [{ XDG_SESSION_TYPE: 'wayland' }, 'darwin', '', false],
  ] as const)('%j on %s with --ozone-platform=%s → %s', (env, platform, ozone, want) => {
    expect(drawsOnWayland(env, platform, ozone)).toBe(want);
  });
});

describe('coming to the front when the person asks', () => {
  it('macOS 14: while another app is active, Attune activates itself (steal) and the window takes focus', async () => {
    resetElectronFake({ ready: true, platform: 'darwin' });
    const wm = manager();
    wm.open('#/settings');
    await macrotask();
    app.otherAppActive = true; // the person went back to their work
    wm.open('#/settings'); // …and now asks for Settings again
    expect(app.focusCalls.at(-1)).toEqual({ steal: true });
    expect(BrowserWindow.created[0]?.isFocused()).toBe(true);
  });

  it('Windows: when the foreground is refused, the window is raised and its taskbar button flashes until chosen', async () => {
    resetElectronFake({ ready: true, platform: 'win32' });
    BrowserWindow.foregroundLocked = true;
    manager().open('#/settings');
    await macrotask();
    const fake = BrowserWindow.created[0];
    expect(fake?.isVisible()).toBe(true);
    expect(fake?.moveTopCount).toBeGreaterThan(0);
    expect(fake?.flashing).toBe(true);
    BrowserWindow.foregroundLocked = false;
    fake?.focus(); // the person clicks the taskbar button
    expect(fake?.flashing).toBe(false);
  });

  it('a minimised window is restored', async () => {
    resetElectronFake({ ready: true, platform: 'linux-x11' });
    const wm = manager();
    wm.open('#/read');
    await macrotask();
    BrowserWindow.created[0]?.minimize();
    wm.open('#/read');
    expect(BrowserWindow.created[0]?.isMinimized()).toBe(false);
    expect(BrowserWindow.created[0]?.isFocused()).toBe(true);
  });
});
