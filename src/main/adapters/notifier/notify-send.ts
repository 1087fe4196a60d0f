// Linux notifications through `notify-send` (libnotify 0.8 or newer): the same three actions
// as elsewhere plus a click, reported back because notify-send waits (`--wait`) and prints
// the chosen action's name. node-notifier's Linux backend cannot report any of that.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { EXECUTABLE_NAME, PRODUCT_NAME } from '../../../shared/app-identity';
import { actionFromKey, type Notifier, type ReminderAction, type ReminderNotice } from '../../core/notifier';

export type Spawn = (command: string, args: readonly string[]) => ChildProcess;
export type ExecFile = (
  command: string,
  args: readonly string[],
  callback: (error: Error | null, stdout: string) => void,
) => void;

/** The oldest libnotify whose notify-send has `--action` and `--wait`. */
export const MIN_VERSION: readonly [number, number] = [0, 8];

/** "notify-send 0.8.1" → [0, 8, 1]; null when there is no version in the text. */
export function parseVersion(text: string): [number, number, number] | null {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

export function supportsActions(version: readonly number[] | null): boolean {
  if (!version) return false;
  const [major = 0, minor = 0] = version;
  return major > MIN_VERSION[0] || (major === MIN_VERSION[0] && minor >= MIN_VERSION[1]);
}

/** Asks notify-send for its version; resolves null when it is missing or says nothing usable. */
export function detectVersion(
  run: ExecFile = (c, a, cb) => execFile(c, a, { timeout: 5000 }, (e, out) => cb(e, String(out))),
): Promise<[number, number, number] | null> {
  return new Promise((resolve) => {
    try {
      run('notify-send', ['--version'], (error, stdout) => resolve(error ? null : parseVersion(stdout)));
    } catch {
      resolve(null);
    }
  });
}

/** The command line for one reminder. `default` is the click on the notice itself. */
export function notifySendArgs(notice: ReminderNotice, iconPath: string): string[] {
  return [
    `--app-name=${PRODUCT_NAME}`,
    `--icon=${iconPath}`,
    `--expire-time=${Math.round(notice.expireMs)}`,
    `--hint=string:desktop-entry:${EXECUTABLE_NAME}`,
    // Not kept in the notification centre: an unanswered reminder just goes.
    '--transient',
    '--wait',
    `--action=default=${notice.startLabel}`,
    `--action=start=${notice.startLabel}`,
    `--action=snooze=${notice.snoozeLabel}`,
    `--action=skip=${notice.skipLabel}`,
    '--',
    notice.title,
    notice.body,
  ];
}

/** What notify-send printed when it exited → what the person did. */
export function actionFromOutput(stdout: string): ReminderAction {
  return actionFromKey(stdout.trim().split('\n').pop()?.trim()) ?? 'dismissed';
}

export class NotifySendNotifier implements Notifier {
  private child: ChildProcess | null = null;

  constructor(
    private readonly iconPath: string,
    private readonly run: Spawn = (c, a) => spawn(c, a, { stdio: ['ignore', 'pipe', 'ignore'] }),
    private readonly log: (message: string) => void = () => {},
  ) {}

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    this.close();
    let child: ChildProcess;
    try {
      child = this.run('notify-send', notifySendArgs(notice, this.iconPath));
    } catch (err) {
      this.log(`notify-send failed: ${String(err)}`);
      return;
    }
    this.child = child;
    let out = '';
    let reported = false;
    const report = (action: ReminderAction) => {
      if (reported) return;
      reported = true;
      if (this.child === child) this.child = null;
      onAction(action);
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', (err) => {
      this.log(`notify-send failed: ${err.message}`);
      report('dismissed');
    });
    child.on('close', () => {
      // Closed by us (a newer notice, or a practice started another way): nothing to report.
      if (child.killed) {
        reported = true;
        return;
      }
      report(actionFromOutput(out));
    });
  }

  /** notify-send closes its notice when interrupted while waiting. */
  close(): void {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && !child.killed) child.kill('SIGINT');
  }
}
