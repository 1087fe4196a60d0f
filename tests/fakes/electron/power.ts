// Fake powerMonitor and Notification.
import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import { preventableEvent } from './shared';

type PowerApi = Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState' | 'isOnBatteryPower'>;

export class FakePowerMonitor extends EventEmitter implements PowerApi {
  idleSeconds = 0;
  /** When null, getSystemIdleState derives 'idle'/'active' from idleSeconds. */
  idleState: 'active' | 'idle' | 'locked' | 'unknown' | null = null;
  onBatteryPower = false;
  getSystemIdleTime(): number {
    return this.idleSeconds;
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
  close(): void {
    this.closed = true;
    this.emit('close', preventableEvent());
  }
}
