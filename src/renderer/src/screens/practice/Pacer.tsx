// The breathing guide. CSS does all the motion (transform and opacity only, so the compositor
// animates it); script runs only at phase boundaries, armed by PhaseClock. Testing contract:
// data-testid="pacer" with data-phase = inhale | hold-in | exhale | hold-out | done.
import { type CSSProperties, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { PacerPhase, Schedule } from '../../../../shared/patterns';
import type { Anchor } from '../../../../shared/settings';
import { Chime } from './chime';
import { cueFor } from './cues';
import { PhaseClock } from './phase-clock';
import './pacer.css';

export interface PacerProps {
  schedule: Schedule;
  anchor: Anchor;
  reducedMotion: boolean;
  showSeconds: boolean;
  sound: boolean;
  volume: number;
  /** Paused by the person (the pacer also pauses by itself while the window is hidden). */
  paused: boolean;
  onDone: () => void;
}

interface View {
  index: number;
  /** How far into the current segment its animation should start (non-zero after a resume). */
  offsetMs: number;
  /** Bumped on resume so the animated elements restart exactly where the clock is. */
  run: number;
  origin: number;
}

/** Which keyframes the shape runs in the current segment. */
function animationOf(schedule: Schedule, index: number): string {
  const seg = schedule.segments[index];
  if (!seg) return 'done';
  if (seg.phase === 'inhale') return seg.part === 'main' ? 'inhale-main' : seg.part === 'top-up' ? 'top-up' : 'inhale';
  return seg.phase;
}

export function Pacer(props: PacerProps) {
  const { schedule, anchor, reducedMotion, showSeconds, paused } = props;
  const [view, setView] = useState<View>({ index: 0, offsetMs: 0, run: 0, origin: 0 });
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  const [announcement, setAnnouncement] = useState('');
  const clockRef = useRef<PhaseClock | null>(null);
  const chimeRef = useRef<Chime | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useLayoutEffect(() => {
    const clock = new PhaseClock(
      schedule,
      {
        onSegment(index) {
          const seg = schedule.segments[index];
          // Commit synchronously so data-phase and the cue change at the boundary itself.
          flushSync(() => {
            setView((v) => ({ ...v, index, offsetMs: 0 }));
            setSecondsLeft(null);
            setAnnouncement(cueFor(latest.current.anchor, seg));
          });
          if (latest.current.sound) {
            chimeRef.current ??= new Chime();
            chimeRef.current.play(seg, latest.current.volume);
          }
          if (!seg) latest.current.onDone();
        },
        onSecond: (left) => setSecondsLeft(left),
      },
      { seconds: () => latest.current.showSeconds },
    );
    clockRef.current = clock;
    clock.start();
    if (latest.current.sound) {
      chimeRef.current ??= new Chime();
      chimeRef.current.play(schedule.segments[0], latest.current.volume);
    }
    setView({ index: 0, offsetMs: 0, run: 0, origin: clock.originMs });
    return () => {
      clock.stop();
      clockRef.current = null;
      chimeRef.current?.close();
      chimeRef.current = null;
    };
  }, [schedule]);

  // The first cue is announced after the live region exists, so screen readers hear it.
  useEffect(() => {
    setAnnouncement(cueFor(latest.current.anchor, schedule.segments[0]));
  }, [schedule]);

  useEffect(() => {
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  const running = !paused && !hidden;
  useEffect(() => {
    const clock = clockRef.current;
    if (!clock || clock.done) return;
    if (!running) {
      clock.pause();
      return;
    }
    if (!clock.paused) return;
    clock.resume();
    const seg = schedule.segments[clock.segmentIndex];
    const offsetMs = seg ? Math.max(0, clock.elapsed() - seg.startMs) : 0;
    setView((v) => ({ index: clock.segmentIndex, offsetMs, run: v.run + 1, origin: clock.originMs }));
  }, [running, schedule]);

  // Spoken only when the person pauses or resumes; hiding the window says nothing.
  const wasPaused = useRef(paused);
  useEffect(() => {
    if (wasPaused.current === paused) return;
    wasPaused.current = paused;
    const clock = clockRef.current;
    if (!clock || clock.done) return;
    setAnnouncement(paused ? 'Paused' : cueFor(latest.current.anchor, schedule.segments[clock.segmentIndex]));
  }, [paused, schedule]);

  const seg = schedule.segments[view.index];
  const phase: PacerPhase = seg?.phase ?? 'done';
  const durationMs = seg ? seg.endMs - seg.startMs : 0;
  const timing: CSSProperties = { animationDuration: `${durationMs}ms`, animationDelay: `${-view.offsetMs}ms` };
  const cue = paused && seg ? 'Paused' : cueFor(anchor, seg);

  return (
    <div
      className="pacer"
      data-testid="pacer"
      data-phase={phase}
      data-part={seg?.part ?? 'whole'}
      data-step={view.index}
      data-motion={reducedMotion ? 'reduced' : 'full'}
      data-paused={String(!running && !!seg)}
      data-origin={view.origin.toFixed(3)}
    >
      <div className="pacer-stage" aria-hidden="true">
        <div className="pacer-ring" />
        <div key={view.run} className="pacer-shape" data-anim={animationOf(schedule, view.index)} style={timing} />
      </div>
      <p className="pacer-cue" aria-hidden="true">
        {cue}
      </p>
      {showSeconds && seg ? (
        <p className="pacer-seconds" aria-hidden="true">
          {secondsLeft ?? ''}
        </p>
      ) : null}
      {reducedMotion ? (
        <div className="pacer-bar" aria-hidden="true">
          <div
            key={`${view.run}-${view.index}`}
            className="pacer-bar-fill"
            data-anim={seg ? 'fill' : 'full'}
            style={timing}
          />
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite" data-testid="pacer-live">
        {announcement}
      </p>
    </div>
  );
}
