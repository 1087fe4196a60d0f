// Placeholder until the scheduler lands (issue 3): honours pause/resume and the on/off setting,
// schedules nothing yet.
import type { PauseChoice, ReminderStatus } from '../../shared/app-state';
import type { Reminders } from '../core/reminders';
import type { SettingsService } from '../core/settings-service';

export function createReminders(settings: SettingsService, _startPractice: () => void, _iconPath: string): Reminders {
  const listeners = new Set<(s: ReminderStatus) => void>();
  let practising = false;
  const status = (): ReminderStatus => {
    const s = settings.get();
    if (practising) return { kind: 'practising' };
    if (!s.schedule.enabled) return { kind: 'off' };
    if (s.remindersPausedUntil !== null && s.remindersPausedUntil > Date.now())
      return { kind: 'paused', until: s.remindersPausedUntil };
    return { kind: 'off' };
  };
  const emit = () => {
    for (const l of listeners) l(status());
  };
  const unsubscribe = settings.subscribe(emit);
  const lengths: Record<PauseChoice, number> = { '30m': 30, '1h': 60, '2h': 120, tomorrow: 12 * 60 };
  return {
    status,
    pause: (choice) => settings.update({ remindersPausedUntil: Date.now() + lengths[choice] * 60_000 }),
    resume: () => settings.update({ remindersPausedUntil: null }),
    practiceStarted: () => {
      practising = true;
      emit();
    },
    practiceFinished: () => {
      practising = false;
      emit();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    dispose: unsubscribe,
  };
}
