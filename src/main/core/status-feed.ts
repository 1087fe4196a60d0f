// The scheduler's status as something to listen to: the latest value, and a change told to every
// listener once (an equal status is not news). A listener that throws is reported, the others
// still hear (notify-all.ts). Pure.
import type { ReminderStatus } from '../../shared/app-state';
import { notifyAll } from './notify-all';

export class StatusFeed {
  private readonly listeners = new Set<(status: ReminderStatus) => void>();
  private current: ReminderStatus = { kind: 'off' };
  /** The first status is always news. */
  private currentKey = '';

  constructor(private readonly log?: (message: string) => void) {}

  get(): ReminderStatus {
    return this.current;
  }

  subscribe(listener: (status: ReminderStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Takes `status` as the latest; tells the listeners when it differs from the one before. */
  publish(status: ReminderStatus): void {
    const key = JSON.stringify(status);
    if (key === this.currentKey) return;
    this.current = status;
    this.currentKey = key;
    notifyAll(this.listeners, [status], (err) => this.log?.(`a listener of the reminder state threw: ${String(err)}`));
  }

  /** Forgets every listener. */
  close(): void {
    this.listeners.clear();
  }
}
