// Session rules: every permission is denied, and only app:// (plus the dev server in
// development) may be requested — the app makes no network requests at all.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guardSession } from '../../../src/main/adapters/session-guard';
import { asElectron, resetElectronFake, session } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake({ ready: true }));

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
];

describe('permissions', () => {
  it.each(PERMISSIONS)('a request for %s is denied', async (permission) => {
    guardSession(asElectron(session.defaultSession), null);
    expect(await session.defaultSession.requestPermission(permission)).toBe(false);
  });

  it.each(PERMISSIONS)('a check for %s is denied', (permission) => {
    guardSession(asElectron(session.defaultSession), null);
    expect(session.defaultSession.checkPermission(permission)).toBe(false);
    expect(session.defaultSession.checkPermission(permission, 'https://example.com')).toBe(false);
  });

  it('device access is denied', () => {
    guardSession(asElectron(session.defaultSession), null);
    const handler = session.defaultSession.devicePermissionHandler;
    expect(handler?.(asElectron({ deviceType: 'usb', origin: 'app://attune', device: {} }))).toBe(false);
  });

  it('without the guard the fake would grant them (so these tests can fail)', async () => {
    expect(await session.defaultSession.requestPermission('media')).toBe(true);
    expect(session.defaultSession.checkPermission('media')).toBe(true);
  });
});

describe('requests', () => {
  const ALWAYS_REFUSED = [
    'https://example.com/',
    'http://example.com/tracker.gif',
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'wss://example.com/socket',
    'blob:https://example.com/uuid',
    'not a url',
  ];

  it.each([
    'app://attune/index.html',
    'app://attune/assets/index-abc.js',
    'devtools://devtools/bundled/inspector.html',
  ])('%s passes', async (url) => {
    guardSession(asElectron(session.defaultSession), null);
    expect(await session.defaultSession.beforeRequest(url)).toEqual({ cancel: false });
  });

  it.each(ALWAYS_REFUSED)('%s is cancelled', async (url) => {
    guardSession(asElectron(session.defaultSession), null);
    expect(await session.defaultSession.beforeRequest(url)).toEqual({ cancel: true });
  });

  describe('in development', () => {
    const dev = 'http://localhost:5173';
    it.each([
      'http://localhost:5173/',
      'http://localhost:5173/src/main.tsx',
      'ws://localhost:5173/',
      'app://attune/index.html',
    ])('%s passes', async (url) => {
      guardSession(asElectron(session.defaultSession), dev);
      expect(await session.defaultSession.beforeRequest(url)).toEqual({ cancel: false });
    });

    it.each([
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost/',
      'http://localhost:5173.evil.com/',
      'https://example.com/',
    ])('%s is still cancelled', async (url) => {
      guardSession(asElectron(session.defaultSession), dev);
      expect(await session.defaultSession.beforeRequest(url)).toEqual({ cancel: true });
    });
  });

  it('the filter covers every URL', () => {
    guardSession(asElectron(session.defaultSession), null);
    expect(session.defaultSession.webRequest.beforeRequestFilters).toEqual([null]);
  });
});
