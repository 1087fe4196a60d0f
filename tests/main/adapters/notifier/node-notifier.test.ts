// The node-notifier adapter: options per platform, and node-notifier's answers (macOS
// Notification Center, Windows toasts) turned into what the person did.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionFromResult,
  NodeNotifier,
  type NotifierModule,
  nodeNotifierOptions,
  unpackedHelperPath,
} from '../../../../src/main/adapters/notifier/node-notifier';
import { type ReminderAction, reminderNotice } from '../../../../src/main/core/notifier';
import { APP_ID } from '../../../../src/shared/app-identity';
import { english } from '../../../support/words';

const notice = reminderNotice(english(), 2, 120_000);

describe('node-notifier options', () => {
  it('every platform: title, body, icon, silent, expires on its own', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(nodeNotifierOptions(notice, '/i.png', platform, true)).toMatchObject({
        title: 'A pause, if you like',
        message: notice.body,
        icon: '/i.png',
        sound: false,
        timeout: 120,
        actions: ['Start', 'Later', 'Skip'],
        wait: true,
      });
    }
  });

  it('Windows toasts are attributed to Attune; Linux names the app; plain notices have no actions', () => {
    expect(nodeNotifierOptions(notice, 'i', 'win32', true).appID).toBe(APP_ID);
    expect(nodeNotifierOptions(notice, 'i', 'linux', false)).toEqual({
      title: 'A pause, if you like',
      message: notice.body,
      icon: 'i',
      sound: false,
      timeout: 120,
      'app-name': 'Attune',
    });
  });
});

describe('node-notifier answers', () => {
  it.each([
    // macOS (terminal-notifier)
    ['activate', { activationType: 'actionClicked', activationValue: 'Start' }, 'start'],
    ['activate', { activationType: 'actionClicked', activationValue: 'Later' }, 'snooze'],
    ['activate', { activationType: 'actionClicked', activationValue: 'Skip' }, 'skip'],
    ['activate', { activationType: 'contentsClicked' }, 'start'],
    ['timeout', { activationType: 'timeout' }, 'dismissed'],
    ['closed', { activationType: 'closed' }, 'dismissed'],
    // Windows (SnoreToast): a button comes back as its label, lower-cased
    ['in 15 minutes', { activationType: 'Later' }, 'snooze'],
    ['skip', { activationType: 'Skip' }, 'skip'],
    ['activate', { activationType: 'activate' }, 'start'],
    ['dismissed', { activationType: 'dismissed' }, 'dismissed'],
    [undefined, undefined, 'dismissed'],
  ] as const)('%s %o → %s', (response, metadata, expected) => {
    expect(actionFromResult(notice, response, metadata)).toBe(expected);
  });

  it('reports the answer to the newest notice only; a plain notice reports nothing', () => {
    const calls: { options: Record<string, unknown>; answer: (r: string, m?: Record<string, unknown>) => void }[] = [];
    const module: NotifierModule = {
      notify(options, cb) {
        calls.push({ options, answer: (r, m) => cb?.(null, r, m) });
      },
    };
    const heard: string[] = [];
    const n = new NodeNotifier('i', 'darwin', true, module);
    n.show(notice, (a: ReminderAction) => heard.push(`first ${a}`));
    n.show(notice, (a: ReminderAction) => heard.push(`second ${a}`));
    calls[0]?.answer('activate', { activationType: 'contentsClicked' });
    calls[1]?.answer('activate', { activationType: 'actionClicked', activationValue: 'Skip' });
    expect(heard).toEqual(['second skip']);

    const plain = new NodeNotifier('i', 'linux', false, module);
    plain.show(notice, (a) => heard.push(`plain ${a}`));
    calls[2]?.answer('activate');
    expect(heard).toEqual(['second skip']);
    expect(calls[2]?.options.actions).toBeUndefined();
  });

  it('an error from node-notifier is logged and counts as dismissed', () => {
    const logs: string[] = [];
    const heard: ReminderAction[] = [];
    const module: NotifierModule = { notify: (_o, cb) => cb?.(new Error('no helper'), '') };
    new NodeNotifier('i', 'win32', true, module, (m) => logs.push(m)).show(notice, (a) => heard.push(a));
    expect(heard).toEqual(['dismissed']);
    expect(logs).toEqual(['notification failed: no helper']);
  });
});

describe('unpackedHelperPath (packaged apps run node-notifier helpers from app.asar.unpacked)', () => {
  const packaged = path.join(path.sep, 'opt', 'Attune', 'resources', 'app.asar', 'node_modules', 'node-notifier');
  it('points Windows at the unpacked SnoreToast for the running architecture', () => {
    expect(unpackedHelperPath('win32', 'x64', packaged)).toBe(
      path.join(
        path.sep,
        'opt',
        'Attune',
        'resources',
        'app.asar.unpacked',
        'node_modules',
        'node-notifier',
        'vendor',
        'snoreToast',
        'snoretoast-x64.exe',
      ),
    );
    expect(unpackedHelperPath('win32', 'ia32', packaged)).toMatch(/app\.asar\.unpacked.*snoretoast-x86\.exe$/);
  });
  it('points macOS at the unpacked terminal-notifier', () => {
    expect(unpackedHelperPath('darwin', 'arm64', packaged)).toMatch(
      /app\.asar\.unpacked.*terminal-notifier\.app.*MacOS.*terminal-notifier$/,
    );
  });
  it('leaves development (no asar) and Linux to node-notifier’s own paths', () => {
    expect(unpackedHelperPath('win32', 'x64', path.resolve('node_modules', 'node-notifier'))).toBeUndefined();
    expect(unpackedHelperPath('linux', 'x64', packaged)).toBeUndefined();
  });
});
