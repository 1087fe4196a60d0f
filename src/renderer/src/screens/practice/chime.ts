// A soft tone at each phase change, synthesised with Web Audio (no audio files: the CSP allows
// no media). Off by default; created only when the person has turned sound on.
import type { Segment } from '../../../../shared/patterns';

// A gentle pentatonic set: rising for the inhale, falling for the exhale, a middle tone for holds.
const FREQUENCIES = { inhale: 392, 'top-up': 440, 'hold-in': 329.63, exhale: 293.66, 'hold-out': 261.63, done: 261.63 };

export class Chime {
  private ctx: AudioContext | null = null;

  play(segment: Segment | undefined, volume: number): void {
    if (volume <= 0) return;
    try {
      this.ctx ??= new AudioContext();
      const ctx = this.ctx;
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      const key = !segment ? 'done' : segment.part === 'top-up' ? 'top-up' : segment.phase;
      const t = ctx.currentTime;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = FREQUENCIES[key];
      // Soft attack, long gentle decay: a bell heard from the next room.
      const peak = 0.2 * Math.min(1, volume);
      gain.gain.setValueAtTime(0.0001, t);
      gain.gain.exponentialRampToValueAtTime(peak, t + 0.06);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t);
      osc.stop(t + 1.9);
    } catch (err) {
      console.warn('Attune could not play a tone', err);
    }
  }

  close(): void {
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
  }
}
