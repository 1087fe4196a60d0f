// The words the pacer shows and announces. Slow and gentle; never "deep" or "big" (PRODUCT.md
// rule 5). Non-breath anchors keep the same pacing without any breathing words. Each cue is a
// catalog id; the words come from the language in use at the moment they are shown.

import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import type { Segment } from '../../../../shared/patterns';
import type { Anchor } from '../../../../shared/settings';

type CueKey = 'inhale' | 'top-up' | 'hold-in' | 'exhale' | 'hold-out' | 'done';

const CUES: Record<Anchor, Record<CueKey, MessageId>> = {
  breath: {
    inhale: 'practice.cue.breath.in',
    // The sigh's short second inhale: a small sip, never a push toward a fuller breath.
    'top-up': 'practice.cue.breath.sip',
    'hold-in': 'practice.cue.breath.hold',
    exhale: 'practice.cue.breath.out',
    'hold-out': 'practice.cue.rest',
    done: 'practice.cue.breath.done',
  },
  feet: {
    inhale: 'practice.cue.feet.in',
    'top-up': 'practice.cue.feet.sip',
    'hold-in': 'practice.cue.feet.hold',
    exhale: 'practice.cue.feet.out',
    'hold-out': 'practice.cue.rest',
    done: 'practice.cue.attentionDone',
  },
  sounds: {
    inhale: 'practice.cue.sounds.in',
    'top-up': 'practice.cue.sounds.sip',
    'hold-in': 'practice.cue.sounds.hold',
    exhale: 'practice.cue.sounds.out',
    'hold-out': 'practice.cue.rest',
    done: 'practice.cue.attentionDone',
  },
  hands: {
    inhale: 'practice.cue.hands.in',
    'top-up': 'practice.cue.hands.sip',
    'hold-in': 'practice.cue.hands.hold',
    exhale: 'practice.cue.hands.out',
    'hold-out': 'practice.cue.rest',
    done: 'practice.cue.attentionDone',
  },
};

/** The cue for `segment` (none: the session has ended) with this anchor, in `t`'s language. */
export function cueFor(t: Translator['t'], anchor: Anchor, segment: Segment | undefined): string {
  const key: CueKey = !segment ? 'done' : segment.part === 'top-up' ? 'top-up' : segment.phase;
  return t(CUES[anchor][key]);
}

/** Each anchor's one name in the practice screen (Settings keeps its own copy of these words). */
export const ANCHOR_NAME_IDS: Record<Anchor, MessageId> = {
  breath: 'practice.anchor.breath',
  feet: 'practice.anchor.feet',
  sounds: 'practice.anchor.sounds',
  hands: 'practice.anchor.hands',
};

/** The breathing step's heading and opening line for each anchor. */
export const ANCHOR_TEXT: Record<Anchor, { heading: MessageId; intro: MessageId }> = {
  breath: { heading: 'practice.anchor.breath.heading', intro: 'practice.anchor.breath.intro' },
  feet: { heading: 'practice.anchor.feet.heading', intro: 'practice.anchor.other.intro' },
  sounds: { heading: 'practice.anchor.sounds.heading', intro: 'practice.anchor.other.intro' },
  hands: { heading: 'practice.anchor.hands.heading', intro: 'practice.anchor.other.intro' },
};
