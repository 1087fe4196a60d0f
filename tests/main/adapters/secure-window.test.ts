// Per-webContents locks: navigation, redirects, new windows and webviews are all denied.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lockDownContents } from '../../../src/main/adapters/secure-window';
import { asElectron, FakeWebContents, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

beforeEach(() => resetElectronFake({ ready: true }));

function locked() {
  const contents = new FakeWebContents('app://attune/index.html#/read');
  lockDownContents(asElectron(contents));
  return contents;
}

const ELSEWHERE = [
  'https://example.com/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'app://attune/index.html#/settings',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'chrome://settings',
];

describe('lockDownContents', () => {
  it.each(ELSEWHERE)('denies navigating to %s', (url) => {
    expect(locked().emitPreventable('will-navigate', url)).toBe(true);
  });

  it.each(ELSEWHERE)('denies redirects to %s', (url) => {
    expect(locked().emitPreventable('will-redirect', url)).toBe(true);
  });

  it.each(ELSEWHERE)('denies a new window for %s', (url) => {
    expect(locked().tryOpenWindow(url)).toEqual({ action: 'deny' });
  });

  it('denies attaching a webview', () => {
    const contents = locked();
    const webPreferences = { nodeIntegration: true };
    expect(contents.emitPreventable('will-attach-webview', webPreferences, { src: 'https://example.com/' })).toBe(true);
  });

  it('without the locks, the fake would allow all of this (so the tests above can fail)', () => {
    const open = new FakeWebContents('app://attune/index.html');
    expect(open.emitPreventable('will-navigate', 'https://example.com/')).toBe(false);
    expect(open.tryOpenWindow('https://example.com/')).toEqual({ action: 'allow' });
  });
});
