// On macOS the reminders adapter, left to pick its own notifier, posts through Electron's
// Notification (as Attune), and its buttons and click drive the scheduler — darwin mode of the fake.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminders } from '../../../src/main/adapters/reminders';
import { SettingsService } from '../../../src/main/core/settings-service';
import { defaultSettings } from '../../../src/shared/settings';
import { Notification, powerMonitor, resetElectronFake } from '../../fakes/electron';

vi.mock('electron', () => import('../../fakes/electron'));

const MIN = 60_000;
let savedTz: string | undefined;
beforeEach(() => {
  resetElectronFake({ ready: true, platform: 'darwin' });
  savedTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(new Date('2026-06-01T09:30:00+02:00')); // a Monday, inside the active hours
});
afterEach(() => {
  vi.useRealTimers();
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
  resetElectronFake();
});

function make() {
  powerMonitor.idleSeconds = 10;
  const settings = new SettingsService(defaultSettings(), () => {});
  const practice = vi.fn();
  const reminders = createReminders(settings, practice, '/icons/attune-256.png');
  return { reminders, practice };
}

describe('macOS reminders, end to end', () => {
  it('a due reminder is an Electron notification with Start, Later and Skip', () => {
    const { reminders } = make();
    vi.advanceTimersByTime(60 * MIN);
    expect(Notification.instances).toHaveLength(1);
    expect(Notification.instances[0]?.options.actions?.map((a) => a.text)).toEqual(['Start', 'Later', 'Skip']);
    reminders.dispose();
  });

  it('"Start" opens the practice', () => {
    const { reminders, practice } = make();
    vi.advanceTimersByTime(60 * MIN);
    Notification.instances[0]?.pressAction(0);
    expect(practice).toHaveBeenCalledTimes(1);
    expect(reminders.status()).toEqual({ kind: 'practising' });
    reminders.dispose();
  });

  it('a click on the notice opens the practice too', () => {
    const { reminders, practice } = make();
    vi.advanceTimersByTime(60 * MIN);
    Notification.instances[0]?.emit('click', {});
    expect(practice).toHaveBeenCalledTimes(1);
    reminders.dispose();
  });

  it('"Skip" waits for the next interval', () => {
    const { reminders, practice } = make();
    vi.advanceTimersByTime(60 * MIN);
    Notification.instances[0]?.pressAction(2);
    expect(practice).not.toHaveBeenCalled();
    expect(reminders.status()).toMatchObject({ kind: 'waiting' });
    reminders.dispose();
  });
});
