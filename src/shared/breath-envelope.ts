// How loud the breath sound is through a session: it swells through each inhale, ebbs through
// each exhale, and goes quiet on holds, so a person can follow the breath with eyes closed.
// Pure: a segment in, a gain target out. The pacer's PhaseClock says when each segment begins,
// and the sound ramps to that segment's target by the segment's end — the envelope follows the
// same clock as the picture, pauses included.
import type { Segment } from './patterns';

/** The loudest the sound gets at full volume: soft, well below clipping, a breath not a tone. */
export const PEAK_GAIN = 0.25;
/** Holds after breathing in settle to this share of the peak: quiet, still there. */
export const HOLD_SHARE = 0.35;
/** How quickly a hold (or the end) settles, at most: a short fade, never a click. */
export const SETTLE_MS = 500;

export interface Envelope {
  /** The gain to reach. */
  target: number;
  /** Reached this long after the segment begins (a linear ramp from wherever the gain is). */
  rampMs: number;
}

/** The envelope for one segment (undefined: the session is over) at `volume` (0–1). */
export function envelopeFor(segment: Segment | undefined, volume: number): Envelope {
  const peak = PEAK_GAIN * Math.min(1, Math.max(0, volume));
  if (!segment) return { target: 0, rampMs: SETTLE_MS };
  const length = segment.endMs - segment.startMs;
  switch (segment.phase) {
    case 'inhale':
      // The sigh's top-up stays at the peak: nothing in the sound asks for a fuller breath.
      return { target: peak, rampMs: length };
    case 'exhale':
      return { target: 0, rampMs: length };
    case 'hold-in':
      return { target: peak * HOLD_SHARE, rampMs: Math.min(SETTLE_MS, length) };
    case 'hold-out':
      return { target: 0, rampMs: Math.min(SETTLE_MS, length) };
  }
}
