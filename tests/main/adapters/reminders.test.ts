// The reminders adapter wired to the Electron fake: the real scheduler on Node's timers (faked
// by vitest), powerMonitor events, and a recording notifier.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminders } from '../../../src/main/adapters/reminders';
import type { Notifier, ReminderAction, ReminderNotice } from '../../../src/main/core/notifier';
import { SettingsService } from '../../../src/main/core/settings-service';
import { defaultSettings } from '../../../src/shared/settings';
import { powerMonitor, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

const MIN = 60_000;
let savedTz: string | undefined;

beforeEach(() => {
  resetElectronFake({ ready: true });
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(new Date('2026-06-01T09:30:00+02:00')); // a Monday
});
afterEach(() => {
  vi.useRealTimers();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

function make() {
  powerMonitor.idleSeconds = 10; // present, not typing
  const shown: { notice: ReminderNotice; answer: (a: ReminderAction) => void }[] = [];
  let closed = 0;
  const notifier: Notifier = {
    show: (notice, answer) => shown.push({ notice, answer }),
    close: () => closed++,
  };
  const saved: unknown[] = [];
  const settings = new SettingsService(defaultSettings(), (s) => saved.push(s));
  const practice = vi.fn();
  const reminders = createReminders(settings, practice, '/icons/attune-256.png', notifier);
  return { reminders, shown, practice, settings, closed: () => closed };
}

describe('reminders adapter', () => {
  it('shows a reminder an interval after start, on real (faked) timers', () => {
    const { reminders, shown } = make();
    expect(reminders.status()).toEqual({ kind: 'waiting', nextAt: Date.parse('2026-06-01T10:30:00+02:00') });
    vi.advanceTimersByTime(60 * MIN);
    expect(shown).toHaveLength(1);
    expect(reminders.status()).toEqual({ kind: 'due' });
    reminders.dispose();
  });

  it('"Start" on the notice opens the practice and counts as practising', () => {
    const { reminders, shown, practice } = make();
    vi.advanceTimersByTime(60 * MIN);
    shown[0]?.answer('start');
    expect(practice).toHaveBeenCalledTimes(1);
    expect(reminders.status()).toEqual({ kind: 'practising' });
    reminders.practiceFinished();
    expect(reminders.status()).toEqual({
      kind: 'waiting',
      nextAt: Date.parse('2026-06-01T11:30:00+02:00'),
    });
    reminders.dispose();
  });

  it('hears powerMonitor: sleep longer than the idle reset starts a fresh interval', () => {
    const { reminders } = make();
    powerMonitor.emit('suspend');
    expect(reminders.status()).toEqual({ kind: 'away' });
    vi.setSystemTime(new Date('2026-06-01T09:50:00+02:00')); // asleep: timers did not run
    powerMonitor.emit('resume');
    expect(reminders.status()).toEqual({ kind: 'waiting', nextAt: Date.parse('2026-06-01T10:50:00+02:00') });
    reminders.dispose();
  });

  it('reads idle time from powerMonitor: an empty desk gets no reminder', () => {
    const { reminders, shown } = make();
    vi.advanceTimersByTime(20 * MIN);
    powerMonitor.idleSeconds = 20 * 60;
    vi.advanceTimersByTime(3 * MIN);
    expect(reminders.status()).toEqual({ kind: 'away' });
    vi.advanceTimersByTime(60 * MIN);
    expect(shown).toEqual([]);
    reminders.dispose();
  });

  it('while the person types, the reminder waits for a lull (idle time from powerMonitor)', () => {
    const { shown } = make();
    powerMonitor.idleSeconds = 0;
    vi.advanceTimersByTime(60 * MIN + 30_000);
    expect(shown).toEqual([]);
    powerMonitor.idleSeconds = 6;
    vi.advanceTimersByTime(5_000);
    expect(shown).toHaveLength(1);
  });

  it('pause is saved in settings; dispose stops listening and withdraws the notice', () => {
    const { reminders, settings, closed } = make();
    reminders.pause('1h');
    expect(settings.get().remindersPausedUntil).toBe(Date.parse('2026-06-01T10:30:00+02:00'));
    reminders.resume();
    expect(settings.get().remindersPausedUntil).toBeNull();
    reminders.dispose();
    expect(closed()).toBe(1);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
