// Idle time that can't be trusted: "always 0" never reads as "always typing", and "can't tell"
// switches natural breaks and the typing lull off while reminders still come on time.
import { describe, expect, it } from 'vitest';
import { IdleTrustGate, STUCK_AFTER_MS, STUCK_READINGS } from '../../../../src/main/core/idle-trust';
import { World } from '../../../../tools/simulate/engine';
import { iso, MIN, settingsWith, shownAt, t } from './scheduler-world';

const MON = (hhmm: string) => `2026-06-01T${hhmm}:00+02:00`;

function worldReporting(idleReport: (seconds: number, now: number) => number | null, patch = {}) {
  return new World({ timezone: 'Europe/Berlin', start: t(MON('09:00')), settings: settingsWith(patch), idleReport });
}

describe('the idle trust gate', () => {
  it('passes real readings through, and zeros until they have lasted long enough to mean stuck', () => {
    const gate = new IdleTrustGate();
    expect(gate.reading(0, 4000)).toBe(4000);
    expect(gate.reading(1, null)).toBeNull();
    const step = STUCK_AFTER_MS / (STUCK_READINGS - 1);
    for (let i = 0; i < STUCK_READINGS - 1; i++) expect(gate.reading(10 + i * step, 0)).toBe(0);
    // The last zero needed, a whole stretch after the first: stuck.
    expect(gate.reading(10 + STUCK_AFTER_MS, 0)).toBeNull();
    expect(gate.stuck(10 + STUCK_AFTER_MS)).toBe(true);
    // Any other reading and it is trusted again.
    expect(gate.reading(20 + STUCK_AFTER_MS, 1000)).toBe(1000);
    expect(gate.reading(21 + STUCK_AFTER_MS, 0)).toBe(0);
  });

  it('many zeros in a short time are typing, not a stuck source', () => {
    const gate = new IdleTrustGate();
    for (let i = 0; i < 50; i++) expect(gate.reading(i * 1000, 0)).toBe(0);
  });
});

describe('the scheduler when idle time says 0 forever', () => {
  it('a reminder still comes: it waits at most the lull setting, never forever', () => {
    const w = worldReporting(() => 0);
    w.advanceTo(t(MON('12:30')));
    // Each reminder waited its 60 s for a lull that a stuck source never shows, then came (the
    // next interval counts from when a reminder was shown).
    expect(shownAt(w)).toEqual([iso(t(MON('10:01'))), iso(t(MON('11:02'))), iso(t(MON('12:03')))]);
  });

  it('through the gate, a stuck source stops holding reminders back at all', () => {
    const gate = new IdleTrustGate();
    const w = worldReporting((_s, now) => gate.reading(now, 0));
    w.advanceTo(t(MON('12:30')));
    // Idle is sampled every 2.5 minutes: by 10:00 half an hour of nothing but zeros has shown
    // the source is stuck, so no reminder waits for a lull it could never see.
    expect(shownAt(w)).toEqual([iso(t(MON('10:00'))), iso(t(MON('11:00'))), iso(t(MON('12:00')))]);
  });
});

describe('the scheduler when idle time can’t be told', () => {
  it('reminders come on time, without waiting for a lull', () => {
    const w = worldReporting(() => null);
    w.advanceTo(t(MON('09:59')));
    w.typing(30);
    w.advanceTo(t(MON('11:30')));
    expect(shownAt(w)).toEqual([iso(t(MON('10:00'))), iso(t(MON('11:00')))]);
  });

  it('no natural break is seen: being away does not move the schedule', () => {
    const w = worldReporting(() => null);
    w.advanceTo(t(MON('09:30')));
    w.idle(20);
    w.advanceTo(t(MON('10:01')));
    expect(w.scheduler.status()).not.toEqual({ kind: 'away' });
    expect(shownAt(w)).toEqual([iso(t(MON('10:00')))]);
  });

  it('a source that stops answering while the person is away ends the break: reminders run on time again', () => {
    let trusted = true;
    const w = worldReporting((seconds) => (trusted ? seconds : null));
    w.advanceTo(t(MON('09:30')));
    w.idle(120);
    w.advanceTo(t(MON('09:45')));
    expect(w.scheduler.status()).toEqual({ kind: 'away' });
    trusted = false;
    w.advanceTo(t(MON('09:45')) + 3 * MIN);
    expect(w.scheduler.status().kind).toBe('waiting');
  });
});
