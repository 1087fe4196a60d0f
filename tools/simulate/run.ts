// Runs a validated scenario in the virtual world and reports what happened as JSON lines.

import { World } from './engine';
import type { Scenario, SimEvent } from './scenario';

export type OutputLine =
  | { at: string; type: 'notify'; title: string; body: string }
  | { at: string; type: 'state'; status: string }
  | {
      type: 'summary';
      notifications: number;
      wakeups: number;
      idleChecks: number;
      busyChecks: number;
      simulatedHours: number;
    };

export interface RunResult {
  world: World;
  summary: Extract<OutputLine, { type: 'summary' }>;
}

const iso = (t: number) => new Date(t).toISOString();

export function runScenario(scenario: Scenario, emit: (line: OutputLine) => void = () => {}): RunResult {
  const world = new World({ timezone: scenario.timezone, start: scenario.start, settings: scenario.settings });
  // The first state was recorded while booting; report it, then everything as it happens.
  for (const s of world.states) emit({ at: iso(s.at), type: 'state', status: s.line });
  world.onState = (s) => emit({ at: iso(s.at), type: 'state', status: s.line });
  world.onNotice = (n) => emit({ at: iso(n.at), type: 'notify', title: n.notice.title, body: n.notice.body });

  for (const e of scenario.events) {
    world.advanceTo(e.at);
    apply(world, e);
  }
  world.advanceTo(scenario.end);
  const summary = {
    type: 'summary' as const,
    notifications: world.notices.length,
    wakeups: world.wakeups,
    idleChecks: world.idleChecks,
    busyChecks: world.busyReads,
    simulatedHours: Math.round(((scenario.end - scenario.start) / 3_600_000) * 1000) / 1000,
  };
  emit(summary);
  return { world, summary };
}

function apply(world: World, e: SimEvent): void {
  switch (e.type) {
    case 'suspend':
      world.suspend();
      return;
    case 'resume':
      world.resume(e.unreported);
      return;
    case 'lock':
      world.lock();
      return;
    case 'unlock':
      world.unlock(e.unreported);
      return;
    case 'idle':
      world.idle(e.minutes);
      return;
    case 'typing':
      world.typing(e.minutes);
      return;
    case 'busy':
      world.busy(e.minutes, e.reason);
      return;
    case 'clock-jump':
      world.clockJump(e.minutes);
      return;
    case 'practice-end':
      world.practiceEnd();
      return;
    case 'restart':
      world.restart();
      return;
    case 'settings':
      world.updateSettings(e.settings);
      return;
    case 'timezone':
      world.setTimeZone(e.timezone);
      return;
    case 'action':
      switch (e.action) {
        case 'start':
        case 'snooze':
        case 'skip':
          world.act(e.action);
          return;
        case 'resume':
          world.resumeReminders();
          return;
        case 'pause':
          if ('for' in e) world.pause(e.for);
          else world.pauseFor(e.minutes);
          return;
      }
  }
}
