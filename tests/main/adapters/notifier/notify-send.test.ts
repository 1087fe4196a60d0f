// The notify-send adapter with a stand-in child process: the command line it builds, what it
// reports for each answer, withdrawing a notice, and the version check that decides between
// it and node-notifier's plain display. (tests/notify/ runs it against a real daemon.)

import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LinuxNotifier } from '../../../../src/main/adapters/notifier';
import { NodeNotifier } from '../../../../src/main/adapters/notifier/node-notifier';
import {
  actionFromOutput,
  NotifySendNotifier,
  notifySendArgs,
  parseVersion,
  supportsActions,
} from '../../../../src/main/adapters/notifier/notify-send';
import { type ReminderAction, reminderNotice } from '../../../../src/main/core/notifier';
import { english } from '../../../support/words';

const notice = reminderNotice(english(), 0, 120_000);

class FakeChild extends EventEmitter {
  stdout = new PassThrough();
  exitCode: number | null = null;
  killed = false;
  signals: string[] = [];
  kill(signal: string): boolean {
    this.signals.push(signal);
    this.killed = true;
    this.finish('');
    return true;
  }
  /** notify-send exits, having printed `out`. */
  finish(out: string): void {
    this.stdout.end(out);
    this.exitCode = 0;
    this.stdout.on('end', () => this.emit('close', 0));
    this.stdout.resume();
  }
}

function harness() {
  const children: { args: readonly string[]; child: FakeChild }[] = [];
  const logs: string[] = [];
  const notifier = new NotifySendNotifier(
    '/icons/attune-256.png',
    (command, args) => {
      expect(command).toBe('notify-send');
      const child = new FakeChild();
      children.push({ args, child });
      return child as unknown as ChildProcess;
    },
    (m) => logs.push(m),
  );
  return { notifier, children, logs };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('notify-send adapter', () => {
  it('asks for the title, body, app name, icon, expiry, a click and the three actions, and waits', () => {
    expect(notifySendArgs(notice, '/icons/attune-256.png')).toEqual([
      '--app-name=Attune',
      '--icon=/icons/attune-256.png',
      '--expire-time=120000',
      '--hint=string:desktop-entry:attune',
      '--transient',
      '--wait',
      '--action=default=Start',
      '--action=start=Start',
      '--action=snooze=Later',
      '--action=skip=Skip',
      '--',
      'A pause, if you like',
      notice.body,
    ]);
  });

  it.each([
    ['default\n', 'start'],
    ['start\n', 'start'],
    ['snooze\n', 'snooze'],
    ['skip\n', 'skip'],
    ['', 'dismissed'],
    ['42\n', 'dismissed'],
  ] as const)('notify-send printing %j means %s', async (out, expected) => {
    expect(actionFromOutput(out)).toBe(expected);
    const { notifier, children } = harness();
    const heard: ReminderAction[] = [];
    notifier.show(notice, (a) => heard.push(a));
    children[0]?.child.finish(out);
    await settle();
    expect(heard).toEqual([expected]);
  });

  it('close() interrupts notify-send (which then closes the notice) and reports nothing', async () => {
    const { notifier, children } = harness();
    const heard: ReminderAction[] = [];
    notifier.show(notice, (a) => heard.push(a));
    notifier.close();
    await settle();
    expect(children[0]?.child.signals).toEqual(['SIGINT']);
    expect(heard).toEqual([]);
  });

  it('a new notice replaces the one still on screen', async () => {
    const { notifier, children } = harness();
    const heard: string[] = [];
    notifier.show(notice, (a) => heard.push(`first ${a}`));
    notifier.show(reminderNotice(english(), 1, 120_000), (a) => heard.push(`second ${a}`));
    expect(children[0]?.child.signals).toEqual(['SIGINT']);
    children[1]?.child.finish('skip\n');
    await settle();
    expect(heard).toEqual(['second skip']);
  });

  it('a failure to run notify-send is logged and counts as dismissed', async () => {
    const { notifier, children, logs } = harness();
    const heard: ReminderAction[] = [];
    notifier.show(notice, (a) => heard.push(a));
    children[0]?.child.emit('error', new Error('spawn notify-send ENOENT'));
    await settle();
    expect(heard).toEqual(['dismissed']);
    expect(logs[0]).toContain('ENOENT');
  });
});

describe('which Linux notifier', () => {
  it.each([
    ['notify-send 0.8.1\n', [0, 8, 1], true],
    ['notify-send 0.8.3', [0, 8, 3], true],
    ['notify-send 0.7.9', [0, 7, 9], false],
    ['notify-send 1.0', [1, 0, 0], true],
    ['', null, false],
  ] as const)('%j → %o, actions %s', (text, version, ok) => {
    expect(parseVersion(text)).toEqual(version);
    expect(supportsActions(parseVersion(text))).toBe(ok);
  });

  const linux = (versionText: string | null) =>
    new LinuxNotifier(
      {
        platform: 'linux',
        iconPath: 'i',
        execFile: (_c, args, cb) => {
          expect(args).toEqual(['--version']);
          if (versionText === null) cb(new Error('ENOENT'), '');
          else cb(null, versionText);
        },
        spawn: () => new FakeChild() as unknown as ChildProcess,
        // No session bus here: these are the fallbacks (tests/desktop covers the D-Bus path).
        sessionBus: async () => null,
      },
      () => {},
    );

  it('no session bus, libnotify 0.8 or newer: notify-send with actions', async () => {
    const n = linux('notify-send 0.8.1');
    expect(await n.ready).toBeInstanceOf(NotifySendNotifier);
    expect(n.route()).toEqual({ via: 'notify-send', server: null, actions: true });
  });

  it('no session bus, older libnotify: node-notifier plain display', async () => {
    const n = linux('notify-send 0.7.9');
    expect(await n.ready).toBeInstanceOf(NodeNotifier);
    expect(n.route()).toEqual({ via: 'node-notifier', server: null, actions: false });
  });

  it('no session bus and no notify-send: nothing can show a notice, and the route says so', async () => {
    const n = linux(null);
    await n.ready;
    expect(n.route()).toEqual({ via: 'none', server: null, actions: false });
    expect(() => n.show(notice, () => {})).not.toThrow();
  });

  it('a notice shown before the check finishes is shown once it does', async () => {
    const spawned: string[][] = [];
    const n = new LinuxNotifier(
      {
        platform: 'linux',
        iconPath: 'i',
        execFile: (_c, _a, cb) => setTimeout(() => cb(null, 'notify-send 0.8.1'), 5),
        sessionBus: async () => null,
        spawn: (_c, args) => {
          spawned.push([...args]);
          return new FakeChild() as unknown as ChildProcess;
        },
      },
      () => {},
    );
    n.show(notice, () => {});
    expect(spawned).toEqual([]);
    await n.ready;
    await settle();
    expect(spawned).toHaveLength(1);
  });
});
