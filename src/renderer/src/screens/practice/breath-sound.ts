// The optional breath sound: soft filtered noise, like air, synthesised with Web Audio (the CSP
// allows no media files). Off by default; made only once the person turns it on. Each segment the
// phase clock starts ramps the gain to that segment's envelope (shared/breath-envelope.ts), so
// the sound swells with the inhale and ebbs with the exhale. Stopping (Wait, Esc, closing) is
// immediate: scheduled ramps are cancelled and the gain is set to zero at once.
import { envelopeFor } from '../../../../shared/breath-envelope';
import type { Segment } from '../../../../shared/patterns';

const NOISE_SECONDS = 2;

export class BreathSound {
  private ctx: AudioContext | null = null;
  private gain: GainNode | null = null;
  private filter: BiquadFilterNode | null = null;

  /** Segment `segment` began `offsetMs` ago; ramp to its envelope by its end. */
  follow(segment: Segment | undefined, offsetMs: number, volume: number): void {
    try {
      const graph = this.graph();
      if (!graph) return;
      const { ctx, gain, filter } = graph;
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      const env = envelopeFor(segment, volume);
      const now = ctx.currentTime;
      const end = now + Math.max(0.02, (env.rampMs - Math.max(0, offsetMs)) / 1000);
      for (const [param, to] of [
        [gain.gain, env.target],
        // Brighter as the breath fills, darker as it empties: air, not a hiss.
        [filter.frequency, segment?.phase === 'inhale' ? 1250 : segment?.phase === 'hold-in' ? 700 : 350],
      ] as const) {
        param.cancelScheduledValues(now);
        param.setValueAtTime(param.value, now);
        param.linearRampToValueAtTime(to, end);
      }
    } catch (err) {
      console.warn('Attune could not play the breath sound', err);
    }
  }

  /** Silence now: every scheduled ramp is dropped and the gain is zero from this instant. */
  stop(): void {
    if (!this.ctx || !this.gain) return;
    const now = this.ctx.currentTime;
    this.gain.gain.cancelScheduledValues(now);
    this.gain.gain.setValueAtTime(0, now);
    void this.ctx.suspend().catch(() => undefined);
  }

  close(): void {
    this.stop();
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
    this.gain = null;
    this.filter = null;
  }

  private graph(): { ctx: AudioContext; gain: GainNode; filter: BiquadFilterNode } | null {
    if (this.ctx && this.gain && this.filter) return { ctx: this.ctx, gain: this.gain, filter: this.filter };
    const ctx = new AudioContext();
    const buffer = ctx.createBuffer(1, ctx.sampleRate * NOISE_SECONDS, ctx.sampleRate);
    const data = buffer.getChannelData(0);
    // Brown-ish noise (integrated white noise): softer than white, closer to moving air.
    let last = 0;
    for (let i = 0; i < data.length; i++) {
      last = (last + 0.02 * (Math.random() * 2 - 1)) / 1.02;
      data[i] = last * 3.5;
    }
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.loop = true;
    const filter = ctx.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.value = 350;
    const gain = ctx.createGain();
    gain.gain.value = 0;
    source.connect(filter).connect(gain).connect(ctx.destination);
    source.start();
    this.ctx = ctx;
    this.gain = gain;
    this.filter = filter;
    return { ctx, gain, filter };
  }
}
