// What the reminder scheduler costs, from the replay harness (the real scheduler on a virtual
// clock): wake-ups per hour over a quiet 8-hour workday with idle detection on and off, the
// same with the person away all day, a quiet night, and the CPU time to simulate a year of
// workdays.
//
// Budgets (issue 3): at most 30 wake-ups per idle hour with idle detection on, at most 2 with
// it off — with every busy signal on (the default, issue 12). While a reminder is held, busy is
// read at most once a minute: at most 60 busy readings per held hour.

import { runScenario } from '../simulate/run';
import { parseScenario, type Scenario } from '../simulate/scenario';

const BUDGET = { wakeupsPerHourIdleOn: 30, wakeupsPerHourIdleOff: 2, busyReadsPerHeldHour: 60 };
const ALL_BUSY_SIGNALS = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true };

function scenario(input: Record<string, unknown>): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.error);
  return r.scenario;
}

// Monday 1 June 2026, 09:00–17:00 in Berlin (active hours 09:00–17:30, every 60 minutes).
const DAY = { timezone: 'Europe/Berlin', start: '2026-06-01T07:00:00Z', end: '2026-06-01T15:00:00Z' };
const perHour = (s: Scenario) => {
  const { summary } = runScenario(s);
  return {
    wakeups: summary.wakeups / summary.simulatedHours,
    idle: summary.idleChecks / summary.simulatedHours,
    shown: summary.notifications,
    busy: summary.busyChecks / summary.simulatedHours,
  };
};

export default async function schedulerBench(): Promise<boolean> {
  const busyOn = { schedule: { waitWhileBusy: ALL_BUSY_SIGNALS } };
  const idleOn = perHour(scenario({ ...DAY, settings: busyOn }));
  const idleOff = perHour(
    scenario({ ...DAY, settings: { schedule: { idleResetMinutes: 0, waitWhileBusy: ALL_BUSY_SIGNALS } } }),
  );
  // A whole workday in calls: one reminder held from 10:00 to the end of active hours.
  const held = perHour(
    scenario({
      ...DAY,
      settings: busyOn,
      events: [{ at: DAY.start, type: 'busy', minutes: 8 * 60, reason: 'camera' }],
    }),
  );
  const away = { ...DAY, events: [{ at: DAY.start, type: 'idle', minutes: 8 * 60 }] };
  const awayOn = perHour(scenario(away));
  const awayOff = perHour(scenario({ ...away, settings: { schedule: { idleResetMinutes: 0 } } }));
  const night = perHour(
    scenario({ timezone: 'Europe/Berlin', start: '2026-06-01T16:00:00Z', end: '2026-06-02T06:00:00Z' }),
  );

  const year = scenario({ timezone: 'Europe/Berlin', start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' });
  runScenario(year); // warm up
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const { summary } = runScenario(year);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - wall0;

  const f = (n: number) => n.toFixed(1);
  console.log('quiet 8-hour workday (present, not typing), per hour:');
  console.log(
    `  idle detection on  (every 5 min): ${f(idleOn.wakeups)} wake-ups, ${f(idleOn.idle)} idle reads, ${f(idleOn.busy)} busy reads, ${idleOn.shown} reminders in the day`,
  );
  console.log(
    `  idle detection off              : ${f(idleOff.wakeups)} wake-ups, ${f(idleOff.idle)} idle reads, ${idleOff.shown} reminders in the day`,
  );
  console.log(
    `in calls all day (a reminder held from 10:00), per hour: ${f(held.wakeups)} wake-ups, ${f(held.busy)} busy reads, ${held.shown} reminders`,
  );
  console.log('away from the computer all day, per hour:');
  console.log(`  idle detection on : ${f(awayOn.wakeups)} wake-ups, ${awayOn.shown} reminders`);
  console.log(`  idle detection off: ${f(awayOff.wakeups)} wake-ups, ${awayOff.shown} reminders`);
  console.log(
    `a quiet night (outside active hours): ${f(night.wakeups)} wake-ups per hour, ${f(night.idle)} idle reads`,
  );
  console.log(
    `a year of workdays (${summary.simulatedHours} h, ${summary.notifications} reminders, ${summary.wakeups} wake-ups): ` +
      `${cpuMs.toFixed(0)} ms CPU (${wallMs.toFixed(0)} ms wall), ${((cpuMs * 1000) / summary.wakeups).toFixed(1)} µs per wake-up`,
  );

  const ok = [
    check('wake-ups per quiet hour, idle detection on', idleOn.wakeups, BUDGET.wakeupsPerHourIdleOn),
    check('wake-ups per quiet hour, idle detection off', idleOff.wakeups, BUDGET.wakeupsPerHourIdleOff),
    check('wake-ups per away hour, idle detection on', awayOn.wakeups, BUDGET.wakeupsPerHourIdleOn),
    check('wake-ups per away hour, idle detection off', awayOff.wakeups, BUDGET.wakeupsPerHourIdleOff),
    check('busy readings per held hour', held.busy, BUDGET.busyReadsPerHeldHour),
  ];
  return ok.every(Boolean);
}

function check(what: string, value: number, budget: number): boolean {
  const ok = value <= budget;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${what}: ${value.toFixed(1)} (budget ≤ ${budget})`);
  return ok;
}
