// Which steps a pause has, from the route that opened it. Pure, so every tray variant is plain data.

import type { PauseKind } from '../../../../shared/history';
import { LENGTH_LIMITS, type SessionLength } from '../../../../shared/patterns';
import type { RouteName } from '../../../../shared/routes';
import { PATTERN_IDS, type PatternId } from '../../../../shared/vocabulary';

export const ACKNOWLEDGE_STEPS = ['notice', 'name', 'common', 'touch', 'kindness'] as const;
export type AcknowledgeStepId = (typeof ACKNOWLEDGE_STEPS)[number];
/** 'offer': the short pause's ending — one kind phrase, and the full break offered, never pressed. */
export type StepId = 'arrive' | 'breathe' | AcknowledgeStepId | 'close' | 'offer';
export type StepGroup = 'Arrive' | 'Breathe' | 'Acknowledge' | 'Close';

export interface PausePlan {
  kind: PauseKind;
  steps: StepId[];
  /** Close the window by itself after the last step (the "Three breaths" quick break). */
  closesItself: boolean;
  /** From the route; null means "use the person's settings". */
  pattern: PatternId | null;
  /** A pattern the route named that Attune doesn't have (the pause says so, and what runs). */
  unknownPattern?: string;
  length: SessionLength | null;
}

export type PracticeRoute = Extract<RouteName, 'practice' | 'practice/breathe' | 'practice/acknowledge'>;

function intParam(v: string | undefined, min: number, max: number): number | null {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

function lengthFrom(params: Record<string, string>): SessionLength | null {
  const cycles = intParam(params.cycles, LENGTH_LIMITS.cycles.min, LENGTH_LIMITS.cycles.max);
  if (cycles !== null) return { unit: 'cycles', cycles };
  const minutes = intParam(params.minutes, LENGTH_LIMITS.minutes.min, LENGTH_LIMITS.minutes.max);
  if (minutes !== null) return { unit: 'minutes', minutes };
  return null;
}

export function planFor(route: PracticeRoute, params: Record<string, string>): PausePlan {
  const plan = routePlan(route, params);
  const asked = params.pattern;
  return asked !== undefined && plan.pattern === null ? { ...plan, unknownPattern: asked } : plan;
}

function routePlan(route: PracticeRoute, params: Record<string, string>): PausePlan {
  const pattern = (PATTERN_IDS as readonly string[]).includes(params.pattern ?? '')
    ? (params.pattern as PatternId)
    : null;
  const length = lengthFrom(params);
  if (route === 'practice/breathe') {
    const threeBreaths = params.kind === 'three-breaths';
    return {
      kind: threeBreaths ? 'three-breaths' : 'breathe',
      steps: threeBreaths ? ['breathe'] : ['breathe', 'close'],
      closesItself: threeBreaths,
      pattern,
      length: length ?? (threeBreaths ? { unit: 'cycles', cycles: 3 } : null),
    };
  }
  if (route === 'practice/acknowledge') {
    return { kind: 'compassion', steps: [...ACKNOWLEDGE_STEPS, 'close'], closesItself: false, pattern, length };
  }
  if (params.kind === 'short') {
    // What a reminder begins by default: about a minute of breathing, then one kind phrase.
    return {
      kind: 'short',
      steps: ['breathe', 'offer'],
      closesItself: false,
      pattern,
      length: length ?? { unit: 'minutes', minutes: 1 },
    };
  }
  const compassion = params.kind === 'compassion';
  return {
    kind: compassion ? 'compassion' : 'full',
    steps: ['arrive', 'breathe', ...ACKNOWLEDGE_STEPS, 'close'],
    closesItself: false,
    pattern,
    // The tray's "Self-compassion break — a few minutes": about a minute of it is breathing.
    length: length ?? (compassion ? { unit: 'minutes', minutes: 1 } : null),
  };
}

export function groupOf(step: StepId): StepGroup {
  if (step === 'arrive') return 'Arrive';
  if (step === 'breathe') return 'Breathe';
  if (step === 'close' || step === 'offer') return 'Close';
  return 'Acknowledge';
}

/** The steps after the short pause's offer is taken up: the acknowledgement, then the close. */
export const FULL_BREAK_AFTER_OFFER: StepId[] = [...ACKNOWLEDGE_STEPS, 'close'];
