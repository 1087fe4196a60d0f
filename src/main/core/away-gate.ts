// Power events that never come. Electron does not always deliver `resume` after `suspend`, or
// `unlock-screen` after `lock-screen`; without them the scheduler would think the person away
// forever. This gate lets the scheduler notice by itself that they are back: while it believes
// them away it looks again every AWAY_CHECK_MS, and two facts together mean "awake and attended":
// its timer fired at all (timers do not run while the machine sleeps), and the system saw input
// after the away began (idle time shorter than the time away). Pure.

/** How often to look while the person is believed away: they are noticed within 10 minutes of being back. */
export const AWAY_CHECK_MS = 5 * 60_000;
/** Idle readings are whole seconds; allow for rounding. */
const SLACK_MS = 3_000;

/**
 * When the person came back (epoch ms), or null while nothing shows they have. `awaySince` is
 * when the unanswered suspend or lock began; `idleMs` the system idle time read now, or null
 * where idle time can't be trusted (then no input can be seen, and only the real event ends it).
 */
export function backWithoutSignal(awaySince: number, now: number, idleMs: number | null): number | null {
  if (idleMs === null) return null;
  const away = now - awaySince;
  // Too soon to tell: a timer may still fire between the suspend event and the actual sleep.
  if (away < AWAY_CHECK_MS) return null;
  if (!Number.isFinite(idleMs) || idleMs < 0 || idleMs >= away - SLACK_MS) return null;
  return now - idleMs;
}
