// Notifications through node-notifier: Notification Center on macOS, toasts on Windows (with
// the three actions and a click), and plain notify-send on Linux when libnotify is too old
// for actions. node-notifier stays external to the bundle (it finds its helper binaries by
// path), so it is imported here and nowhere else.
import { createRequire } from 'node:module';
import path from 'node:path';
import nodeNotifier from 'node-notifier';
import { APP_ID, PRODUCT_NAME } from '../../../shared/app-identity';
import type { Notifier, ReminderAction, ReminderNotice } from '../../core/notifier';

export interface NotifierModule {
  notify(
    options: Record<string, unknown>,
    callback?: (err: Error | null, response: string, metadata?: Record<string, unknown>) => void,
  ): unknown;
}

/**
 * In a packaged app node-notifier's helper programs (SnoreToast, terminal-notifier) sit in
 * app.asar.unpacked, but the module resolves its own path inside app.asar, where no program
 * can be started. Returns the unpacked helper for this platform, or undefined when node-notifier
 * is not inside an asar (development) or the platform has no helper (Linux uses notify-send).
 */
export function unpackedHelperPath(platform: NodeJS.Platform, arch: string, moduleDir: string): string | undefined {
  const marker = `${path.sep}app.asar${path.sep}`;
  if (!moduleDir.includes(marker)) return undefined;
  const dir = moduleDir.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`);
  if (platform === 'win32')
    return path.join(dir, 'vendor', 'snoreToast', `snoretoast-${arch === 'ia32' ? 'x86' : 'x64'}.exe`);
  if (platform === 'darwin')
    return path.join(dir, 'vendor', 'mac.noindex', 'terminal-notifier.app', 'Contents', 'MacOS', 'terminal-notifier');
  return undefined;
}

/** node-notifier for this platform, pointed at its unpacked helper when packaged. */
export function platformNotifierModule(platform: NodeJS.Platform): NotifierModule {
  const moduleDir = path.dirname(createRequire(import.meta.url).resolve('node-notifier'));
  const customPath = unpackedHelperPath(platform, process.arch, moduleDir);
  if (!customPath) return nodeNotifier as unknown as NotifierModule;
  const Platform = (nodeNotifier as unknown as { Notification: new (o: object) => NotifierModule }).Notification;
  return new Platform({ withFallback: true, customPath });
}

/** node-notifier's options for a reminder on `platform`; `actions` false for a plain notice. */
export function nodeNotifierOptions(
  notice: ReminderNotice,
  iconPath: string,
  platform: NodeJS.Platform,
  actions: boolean,
): Record<string, unknown> {
  const seconds = Math.max(1, Math.round(notice.expireMs / 1000));
  const base: Record<string, unknown> = {
    title: notice.title,
    message: notice.body,
    icon: iconPath,
    sound: false,
    timeout: seconds,
  };
  if (platform === 'win32') base.appID = APP_ID;
  if (platform === 'linux' || platform.endsWith('bsd')) base['app-name'] = PRODUCT_NAME;
  if (actions) {
    base.actions = [notice.startLabel, notice.snoozeLabel, notice.skipLabel];
    base.wait = true;
    if (platform === 'darwin') base.closeLabel = notice.closeLabel;
  }
  return base;
}

/** node-notifier's answer → what the person did. Button labels come back as typed or lower-cased. */
export function actionFromResult(
  notice: ReminderNotice,
  response: string | undefined,
  metadata: Record<string, unknown> | undefined,
): ReminderAction {
  const labels: [string, ReminderAction][] = [
    [notice.startLabel, 'start'],
    [notice.snoozeLabel, 'snooze'],
    [notice.skipLabel, 'skip'],
  ];
  const said = [metadata?.activationValue, metadata?.activationType, response]
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toLowerCase());
  for (const [label, action] of labels) if (said.includes(label.toLowerCase())) return action;
  // A click on the notice itself (macOS: contentsClicked; Windows: activate).
  if (said.includes('contentsclicked') || said.includes('activate') || said.includes('click')) return 'start';
  return 'dismissed';
}

export class NodeNotifier implements Notifier {
  private current = 0;

  constructor(
    private readonly iconPath: string,
    private readonly platform: NodeJS.Platform,
    private readonly withActions: boolean,
    private readonly module: NotifierModule = platformNotifierModule(platform),
    private readonly log: (message: string) => void = () => {},
  ) {}

  show(notice: ReminderNotice, onAction: (action: ReminderAction) => void): void {
    const id = ++this.current;
    const options = nodeNotifierOptions(notice, this.iconPath, this.platform, this.withActions);
    try {
      this.module.notify(options, (err, response, metadata) => {
        if (err) this.log(`notification failed: ${err.message}`);
        // Plain notices report nothing useful; a newer notice makes this one's answer stale.
        if (!this.withActions || id !== this.current) return;
        onAction(err ? 'dismissed' : actionFromResult(notice, response, metadata));
      });
    } catch (err) {
      this.log(`notification failed: ${String(err)}`);
    }
  }

  close(): void {
    // node-notifier cannot withdraw a notice; it expires on its own (the timeout above).
    this.current++;
  }
}
