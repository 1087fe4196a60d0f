// Reminders: whether Attune offers pauses on its own, how often, when, and how it yields.
import { pausesTodayLine } from '../../../../shared/day-preview';
import type { ReminderStart, Settings } from '../../../../shared/settings';
import { clockTime } from '../../../../shared/time-words';
import { translator } from '../../app/i18n';
import { useToday } from '../../app/use-today';
import { ActiveHours } from './ActiveHours';
import { NumberField, RadioGroup, Section, SelectField, save, Toggle } from './fields';
import { WaitWhileBusy } from './WaitWhileBusy';

/** What a reminder's Start can begin; the same names the tray uses for each pause. */
const REMINDER_START_CHOICES: { value: ReminderStart; label: string; hint: string }[] = [
  {
    value: 'short',
    label: 'A short pause',
    hint: 'About a minute of breathing, then one kind word. The full break is offered, never pressed.',
  },
  { value: 'breathe', label: 'Breathing only', hint: 'About a minute of slow, gentle breathing.' },
  { value: 'three-breaths', label: 'Three breaths', hint: 'Three slow breaths; the window closes by itself.' },
  {
    value: 'full',
    label: 'The full self-compassion break',
    hint: 'Arrive, breathe, and the acknowledgement steps: a few minutes.',
  },
];

const minutes = (m: number) => (m === 1 ? '1 minute' : `${m} minutes`);
const seconds = (s: number) => (s % 60 === 0 ? minutes(s / 60) : `${s} seconds`);
/** Each select's option names, used both for its list and for a saved value not in the list. */
const awayName = (m: number) => (m === 0 ? 'Don’t count time away' : minutes(m));
const lullName = (v: number) => (v === 0 ? 'Don’t wait' : `Up to ${seconds(v)}`);
const choices = (values: number[], name: (v: number) => string) => values.map((v) => ({ value: v, label: name(v) }));

/** A time of day the way this person's clock shows it (09:00, or 1:00 PM rather than 01:00 PM). */
function localClock(today: Date): (minutes: number) => string {
  const now = today.getTime();
  return (m) =>
    clockTime(translator(), new Date(today.getFullYear(), today.getMonth(), today.getDate(), 0, m).getTime(), { now });
}

export function RemindersSection({ settings }: { settings: Settings }) {
  const s = settings.schedule;
  const today = useToday();
  return (
    <Section
      id="reminders"
      title="Reminders"
      intro="When Attune offers a pause on its own. Every pause is an invitation."
    >
      <Toggle
        label="Offer pauses on a schedule"
        description="When this is off, Attune only opens when you ask it to."
        checked={s.enabled}
        onChange={(enabled) => save({ schedule: { enabled } })}
        testId="schedule-enabled"
      />
      <NumberField
        label="Time between pauses"
        value={s.intervalMinutes}
        min={10}
        max={240}
        unit="minutes"
        onCommit={(intervalMinutes) => save({ schedule: { intervalMinutes } })}
        testId="interval"
      />
      <ActiveHours ranges={s.activeHours} />
      <p className="pauses-today" aria-live="polite" data-testid="pauses-today">
        {pausesTodayLine(s, today, localClock(today))}
      </p>
      <RadioGroup<ReminderStart>
        legend="What a reminder begins"
        description="When you choose Start on a reminder, or click it."
        name="reminder-starts"
        value={s.reminderStarts}
        choices={REMINDER_START_CHOICES}
        onChange={(reminderStarts) => save({ schedule: { reminderStarts } })}
      />
      <SelectField
        label="“Later” offers the pause again after"
        description="How long “Later” on a reminder waits before offering the pause again."
        value={s.snoozeMinutes}
        options={choices([5, 10, 15, 20, 30, 45, 60], minutes)}
        nameFor={minutes}
        onChange={(snoozeMinutes) => save({ schedule: { snoozeMinutes } })}
        testId="snooze"
      />
      <SelectField
        label="Time away that counts as a break"
        description="After this long away from the keyboard, the next pause waits a full interval again."
        value={s.idleResetMinutes}
        options={choices([0, 2, 5, 10, 15, 30], awayName)}
        nameFor={awayName}
        onChange={(idleResetMinutes) => save({ schedule: { idleResetMinutes } })}
        testId="idle-reset"
      />
      <SelectField
        label="Wait for a lull in typing"
        description="If you’re typing when a pause comes round, Attune waits for a natural break, up to this long."
        value={s.waitForLullSeconds}
        options={choices([0, 30, 60, 120, 300, 600], lullName)}
        nameFor={lullName}
        onChange={(waitForLullSeconds) => save({ schedule: { waitForLullSeconds } })}
        testId="lull"
      />
      <WaitWhileBusy wait={s.waitWhileBusy} />
    </Section>
  );
}
