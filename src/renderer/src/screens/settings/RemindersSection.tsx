// Reminders: whether Attune offers pauses on its own, how often, when, and how it yields.
import { pausesTodayLine } from '../../../../shared/day-preview';
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import type { ReminderStart, Settings } from '../../../../shared/settings';
import { clockTime } from '../../../../shared/time-words';
import { useT } from '../../app/i18n';
import { useToday } from '../../app/use-today';
import { ActiveHours } from './ActiveHours';
import { NumberField, RadioGroup, Section, SelectField, save, Toggle } from './fields';
import { WaitWhileBusy } from './WaitWhileBusy';

/** What a reminder's Start can begin; the same names the tray uses for each pause. */
const REMINDER_STARTS: { value: ReminderStart; label: MessageId; hint: MessageId }[] = [
  {
    value: 'short',
    label: 'settings.reminders.starts.short.label',
    hint: 'settings.reminders.starts.short.hint',
  },
  {
    value: 'breathe',
    label: 'settings.reminders.starts.breathe.label',
    hint: 'settings.reminders.starts.breathe.hint',
  },
  {
    value: 'three-breaths',
    label: 'settings.reminders.starts.threeBreaths.label',
    hint: 'settings.reminders.starts.threeBreaths.hint',
  },
  {
    value: 'full',
    label: 'settings.reminders.starts.full.label',
    hint: 'settings.reminders.starts.full.hint',
  },
];

/** Each select's option names, used both for its list and for a saved value not in the list. */
function optionNames(t: Translator['t']) {
  const minutes = (count: number) => t('settings.duration.minutes', { count });
  return {
    minutes,
    away: (m: number) => (m === 0 ? t('settings.reminders.away.off') : minutes(m)),
    lull: (s: number) =>
      s === 0
        ? t('settings.reminders.lull.off')
        : s % 60 === 0
          ? t('settings.reminders.lull.upToMinutes', { count: s / 60 })
          : t('settings.reminders.lull.upToSeconds', { count: s }),
  };
}
const choices = (values: number[], name: (v: number) => string) => values.map((v) => ({ value: v, label: name(v) }));

/** A time of day the way this person's clock shows it (09:00, or 1:00 PM rather than 01:00 PM). */
function localClock(tr: Translator, today: Date): (minutes: number) => string {
  const now = today.getTime();
  return (m) =>
    clockTime(tr, new Date(today.getFullYear(), today.getMonth(), today.getDate(), 0, m).getTime(), { now });
}

export function RemindersSection({ settings }: { settings: Settings }) {
  const tr = useT();
  const { t } = tr;
  const s = settings.schedule;
  const today = useToday();
  const names = optionNames(t);
  return (
    <Section id="reminders" title={t('settings.reminders.title')} intro={t('settings.reminders.intro')}>
      <Toggle
        label={t('settings.reminders.enabled.label')}
        description={t('settings.reminders.enabled.hint')}
        checked={s.enabled}
        onChange={(enabled) => save({ schedule: { enabled } })}
        testId="schedule-enabled"
      />
      <NumberField
        label={t('settings.reminders.interval.label')}
        value={s.intervalMinutes}
        min={10}
        max={240}
        unit={t('settings.unit.minutes', { count: s.intervalMinutes })}
        onCommit={(intervalMinutes) => save({ schedule: { intervalMinutes } })}
        testId="interval"
      />
      <ActiveHours ranges={s.activeHours} />
      <p className="pauses-today" aria-live="polite" data-testid="pauses-today">
        {pausesTodayLine(s, today, tr, localClock(tr, today))}
      </p>
      <RadioGroup<ReminderStart>
        legend={t('settings.reminders.starts.legend')}
        description={t('settings.reminders.starts.hint')}
        name="reminder-starts"
        value={s.reminderStarts}
        choices={REMINDER_STARTS.map((c) => ({ value: c.value, label: t(c.label), hint: t(c.hint) }))}
        onChange={(reminderStarts) => save({ schedule: { reminderStarts } })}
      />
      <SelectField
        label={t('settings.reminders.snooze.label')}
        description={t('settings.reminders.snooze.hint')}
        value={s.snoozeMinutes}
        options={choices([5, 10, 15, 20, 30, 45, 60], names.minutes)}
        nameFor={names.minutes}
        onChange={(snoozeMinutes) => save({ schedule: { snoozeMinutes } })}
        testId="snooze"
      />
      <SelectField
        label={t('settings.reminders.away.label')}
        description={t('settings.reminders.away.hint')}
        value={s.idleResetMinutes}
        options={choices([0, 2, 5, 10, 15, 30], names.away)}
        nameFor={names.away}
        onChange={(idleResetMinutes) => save({ schedule: { idleResetMinutes } })}
        testId="idle-reset"
      />
      <SelectField
        label={t('settings.reminders.lull.label')}
        description={t('settings.reminders.lull.hint')}
        value={s.waitForLullSeconds}
        options={choices([0, 30, 60, 120, 300, 600], names.lull)}
        nameFor={names.lull}
        onChange={(waitForLullSeconds) => save({ schedule: { waitForLullSeconds } })}
        testId="lull"
      />
      <WaitWhileBusy wait={s.waitWhileBusy} />
    </Section>
  );
}
