// The words the pacer shows and announces. Slow and gentle; never "deep" or "big" (PRODUCT.md
// rule 5). Non-breath anchors keep the same pacing without any breathing words.
import type { Segment } from '../../../../shared/patterns';
import type { Anchor } from '../../../../shared/settings';

type CueKey = 'inhale' | 'top-up' | 'hold-in' | 'exhale' | 'hold-out' | 'done';

const CUES: Record<Anchor, Record<CueKey, string>> = {
  breath: {
    inhale: 'Breathe in',
    // The sigh's short second inhale: a small sip, never a push toward a fuller breath.
    'top-up': 'A small, soft sip',
    'hold-in': 'Hold gently',
    exhale: 'Breathe out',
    'hold-out': 'Rest',
    done: 'Let your breath find its own pace',
  },
  feet: {
    inhale: 'Notice your feet',
    'top-up': 'Heels and toes',
    'hold-in': 'Stay with them',
    exhale: 'Let them be heavy',
    'hold-out': 'Rest',
    done: 'Let your attention go where it likes',
  },
  sounds: {
    inhale: 'Notice a sound',
    'top-up': 'Near or far',
    'hold-in': 'Stay with it',
    exhale: 'Let it pass',
    'hold-out': 'Rest',
    done: 'Let your attention go where it likes',
  },
  hands: {
    inhale: 'Feel your hands',
    'top-up': 'Your fingertips',
    'hold-in': 'Stay with them',
    exhale: 'Let them soften',
    'hold-out': 'Rest',
    done: 'Let your attention go where it likes',
  },
};

export function cueFor(anchor: Anchor, segment: Segment | undefined): string {
  const key: CueKey = !segment ? 'done' : segment.part === 'top-up' ? 'top-up' : segment.phase;
  return CUES[anchor][key];
}

/** Each anchor's one name, in Settings and in the guide alike. */
export const ANCHOR_NAMES: Record<Anchor, string> = {
  breath: 'Your breath',
  feet: 'Your feet on the floor',
  sounds: 'Sounds around you',
  hands: 'Your hands',
};

/** The hold after breathing out is called "rest" everywhere (cue, pattern summaries, Settings). */
export const HOLD_NAMES = { in: 'Hold after breathing in', out: 'Rest after breathing out' } as const;

/** The sigh explains itself before its first breath, so the top-up is never a surprise. */
export const SIGH_NOTE =
  'The sigh: breathe in gently, take a small second sip of air on top, then let a long, slow breath out. Keep it soft; there is no need to fill up.';

export const ANCHOR_TEXT: Record<Anchor, { label: string; heading: string; intro: string }> = {
  breath: {
    label: ANCHOR_NAMES.breath,
    heading: 'Breathe with the circle',
    intro: 'Let the circle set a slow, gentle pace. Small, soft breaths are fine.',
  },
  feet: {
    label: ANCHOR_NAMES.feet,
    heading: 'Notice your feet on the floor',
    intro: 'Let the circle set a slow pace for your attention. Breathe however feels natural.',
  },
  sounds: {
    label: ANCHOR_NAMES.sounds,
    heading: 'Notice sounds around you',
    intro: 'Let the circle set a slow pace for your attention. Breathe however feels natural.',
  },
  hands: {
    label: ANCHOR_NAMES.hands,
    heading: 'Feel your hands',
    intro: 'Let the circle set a slow pace for your attention. Breathe however feels natural.',
  },
};
