// Fake powerMonitor and Notification.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { isMac, isWayland, isWindows, platformState } from './platform';
import { preventableEvent } from './shared';

type PowerApi = Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState' | 'isOnBatteryPower'>;

export class FakePowerMonitor extends EventEmitter implements PowerApi {
  idleSeconds = 0;
  /** When null, getSystemIdleState derives 'idle'/'active' from idleSeconds. */
  idleState: 'active' | 'idle' | 'locked' | 'unknown' | null = null;
  onBatteryPower = false;
  getSystemIdleTime(): number {
    // GNOME on Wayland gives Chromium no idle time: it reads 0 however long the person is away
    // (electron/electron#34826; Stretchly #1261).
    if (isWayland() && /gnome/i.test(platformState.desktop ?? '')) return 0;
    return this.idleSeconds;
  }
  /**
   * Fake only: the screen locks / unlocks. Electron emits 'lock-screen' and 'unlock-screen' on
   * macOS and Windows only (electron.d.ts: "@platform darwin,win32"); on Linux nothing is emitted.
   */
  lockScreen(): void {
    if (isMac() || isWindows()) this.emit('lock-screen');
  }
  unlockScreen(): void {
    if (isMac() || isWindows()) this.emit('unlock-screen');
  }
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.idleState ?? (this.idleSeconds >= idleThreshold ? 'idle' : 'active');
  }
  isOnBatteryPower(): boolean {
    return this.onBatteryPower;
  }
  resetState(): void {
    this.removeAllListeners();
    this.idleSeconds = 0;
    this.idleState = null;
    this.onBatteryPower = false;
  }
}
export const powerMonitor = new FakePowerMonitor();

type NotificationApi = Pick<Electron.Notification, 'show' | 'close' | 'title' | 'body'>;

export class FakeNotification extends EventEmitter implements NotificationApi {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: Electron.NotificationConstructorOptions;
  shown = false;
  closed = false;
  title: string;
  body: string;
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show', preventableEvent());
  }
  /**
   * Fake only: the person presses the action button at `index`. Buttons exist on macOS and
   * Windows only (Electron docs, structures/notification-action: "button — macOS, Windows");
   * elsewhere the notification has no buttons, so this throws.
   */
  pressAction(index: number): void {
    if (!(isMac() || isWindows()))
      throw new Error('fake electron: notification buttons exist on macOS and Windows only');
    const action = this.options.actions?.[index];
    if (!action) throw new Error(`fake electron: this notification has no action ${index}`);
    this.emit('action', preventableEvent({ actionIndex: index, selectionIndex: -1 }), index, -1);
  }
  close(): void {
    this.closed = true;
    this.emit('close', preventableEvent());
  }
}
