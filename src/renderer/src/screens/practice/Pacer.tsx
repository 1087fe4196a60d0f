// The breathing guide. CSS does all the motion (transform and opacity only, so the compositor
// animates it); script runs only at phase boundaries, armed by PhaseClock. At a boundary the
// phase and its animation are written straight to the DOM, so nothing stands between the timer
// and the change; React then renders the words a moment later. Testing contract:
// data-testid="pacer" with data-phase = inhale | hold-in | exhale | hold-out | done.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PacerPhase, Schedule } from '../../../../shared/patterns';
import { PhaseClock } from '../../../../shared/phase-clock';
import type { Anchor } from '../../../../shared/settings';
import { translator, useT } from '../../app/i18n';
import { BreathSound } from './breath-sound';
import { cueFor } from './cues';
import './pacer.css';

/** An announcement, worded when it is made, in the language in use at that moment. */
const say = (anchor: Anchor, seg: Schedule['segments'][number] | undefined) => cueFor(translator().t, anchor, seg);

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
  /** Bumped on resume so the animated shape restarts exactly where the clock is. */
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

interface PacerElements {
  root: HTMLElement | null;
  shape: HTMLElement | null;
  bar: HTMLElement | null;
}

/** Shows segment `index`, `offsetMs` into it: data attributes and the animations' timing. */
function applySegment(els: PacerElements, schedule: Schedule, index: number, offsetMs: number): void {
  const seg = schedule.segments[index];
  const phase: PacerPhase = seg?.phase ?? 'done';
  if (els.root) {
    // Written only when they change, so each change is one mutation for anyone observing.
    const data = els.root.dataset;
    const part = seg?.part ?? 'whole';
    const step = String(index);
    if (data.phase !== phase) data.phase = phase;
    if (data.part !== part) data.part = part;
    if (data.step !== step) data.step = step;
  }
  const duration = `${seg ? seg.endMs - seg.startMs : 0}ms`;
  const delay = `${-Math.round(Math.max(0, offsetMs))}ms`;
  // The bar runs the same keyframes every phase; alternating names restarts it.
  const bar = seg ? (index % 2 ? 'fill-b' : 'fill-a') : 'full';
  for (const [el, anim] of [
    [els.shape, animationOf(schedule, index)],
    [els.bar, bar],
  ] as const) {
    if (!el) continue;
    el.style.animationDuration = duration;
    el.style.animationDelay = delay;
    el.dataset.anim = anim;
  }
}

export function Pacer(props: PacerProps) {
  const { schedule, anchor, reducedMotion, showSeconds, paused } = props;
  const { t, locale } = useT();
  const [view, setView] = useState<View>({ index: 0, run: 0, origin: 0 });
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [hidden, setHidden] = useState(() => document.visibilityState === 'hidden');
  const [announcement, setAnnouncement] = useState('');
  const clockRef = useRef<PhaseClock | null>(null);
  const soundRef = useRef<BreathSound | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const els = useRef<PacerElements>({ root: null, shape: null, bar: null });
  const followRef = useRef<((seg: Schedule['segments'][number] | undefined, offsetMs: number) => void) | null>(null);

  useLayoutEffect(() => {
    const clock = new PhaseClock(
      schedule,
      {
        onSegment(index) {
          const seg = schedule.segments[index];
          applySegment(els.current, schedule, index, clock.elapsed() - (seg?.startMs ?? 0));
          setView((v) => ({ ...v, index }));
          setSecondsLeft(null);
          setAnnouncement(say(latest.current.anchor, seg));
          follow(seg, clock.elapsed() - (seg?.startMs ?? clock.elapsed()));
          if (!seg) latest.current.onDone();
        },
        onSecond: (left) => setSecondsLeft(left),
      },
      { seconds: () => latest.current.showSeconds },
    );
    // The sound follows the same clock as the picture: each segment ramps to its envelope.
    const follow = (seg: (typeof schedule.segments)[number] | undefined, offsetMs: number) => {
      if (!latest.current.sound) {
        soundRef.current?.stop();
        return;
      }
      soundRef.current ??= new BreathSound();
      soundRef.current.follow(seg, offsetMs, latest.current.volume);
    };
    followRef.current = follow;
    clockRef.current = clock;
    clock.start();
    follow(schedule.segments[0], 0);
    setView({ index: 0, run: 0, origin: clock.originMs });
    return () => {
      clock.stop();
      clockRef.current = null;
      soundRef.current?.close();
      soundRef.current = null;
      followRef.current = null;
    };
  }, [schedule]);

  // (Re)applies the running segment after mount, a resume (the shape is new) or a switch of motion.
  // biome-ignore lint/correctness/useExhaustiveDependencies: view.run and reducedMotion mean new elements
  useLayoutEffect(() => {
    const clock = clockRef.current;
    if (!clock) return;
    const index = clock.segmentIndex;
    applySegment(els.current, schedule, index, clock.elapsed() - (schedule.segments[index]?.startMs ?? 0));
  }, [schedule, view.run, reducedMotion]);

  // The first cue is announced after the live region exists, so screen readers hear it.
  useEffect(() => {
    setAnnouncement(say(latest.current.anchor, schedule.segments[0]));
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
      // Wait (or a hidden window): the sound stops at once, not at the end of its ramp.
      soundRef.current?.stop();
      return;
    }
    if (!clock.paused) return;
    clock.resume();
    const seg = latest.current.schedule.segments[clock.segmentIndex];
    followRef.current?.(seg, clock.elapsed() - (seg?.startMs ?? 0));
    setView((v) => ({ index: clock.segmentIndex, run: v.run + 1, origin: clock.originMs }));
  }, [running]);

  // Spoken only when the person pauses or resumes; hiding the window says nothing.
  const wasPaused = useRef(paused);
  useEffect(() => {
    if (wasPaused.current === paused) return;
    wasPaused.current = paused;
    const clock = clockRef.current;
    if (!clock || clock.done) return;
    setAnnouncement(
      paused
        ? translator().t('practice.cue.waiting')
        : say(latest.current.anchor, schedule.segments[clock.segmentIndex]),
    );
  }, [paused, schedule]);

  const seg = schedule.segments[view.index];
  const cue = paused && seg ? t('practice.cue.waiting') : cueFor(t, anchor, seg);

  // data-phase, data-part, data-step and the animations are written by applySegment, not here.
  return (
    <div
      ref={(el) => {
        els.current.root = el;
      }}
      className="pacer"
      data-testid="pacer"
      data-motion={reducedMotion ? 'reduced' : 'full'}
      data-paused={String(!running && !!seg)}
      data-origin={view.origin.toFixed(3)}
    >
      <div className="pacer-stage" aria-hidden="true">
        <div className="pacer-ring" />
        <div
          key={view.run}
          ref={(el) => {
            els.current.shape = el;
          }}
          className="pacer-shape"
        />
      </div>
      <p className="pacer-cue" aria-hidden="true">
        {cue}
      </p>
      {showSeconds && seg ? (
        <p className="pacer-seconds" aria-hidden="true">
          {secondsLeft === null ? '' : secondsLeft.toLocaleString(locale)}
        </p>
      ) : null}
      {reducedMotion ? (
        <div className="pacer-bar" aria-hidden="true">
          <div
            key={view.run}
            ref={(el) => {
              els.current.bar = el;
            }}
            className="pacer-bar-fill"
          />
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite" data-testid="pacer-live">
        {announcement}
      </p>
    </div>
  );
}
