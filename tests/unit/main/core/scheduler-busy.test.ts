// Reminders wait while the person is busy (issue 12), rule by rule, through the real scheduler
// on the replay harness's virtual clock. 2026-06-01 is a Monday; Berlin is +02:00. Default
// settings: 09:00–17:30, every 60 minutes, idle reset 5, lull up to 60 s, every busy signal on.
import { describe, expect, it } from 'vitest';
import { BUSY_READ_TIMEOUT_MS } from '../../../../src/main/core/gates/busy-gate';
import { statusLine } from '../../../../src/main/core/status-text';
import { World } from '../../../../tools/simulate/engine';
import { english } from '../../../support/words';
import { iso, MIN, settingsWith, shownAt, t, world } from './scheduler-world';

const EN = english();

const MON = (hhmm: string) => `2026-06-01T${hhmm}:00+02:00`;
const Z = (local: string) => iso(t(local));

describe('a reminder that falls due while the person is busy', () => {
  it('is held — not shown, not dropped — and shown within 2 minutes after busy ends', () => {
    const w = world(MON('09:00'));
    w.advanceTo(t(MON('09:50')));
    w.busy(25, 'camera'); // 09:50–10:15
    w.advanceTo(t(MON('10:14')));
    expect(w.notices).toHaveLength(0);
    expect(w.scheduler.status()).toEqual({ kind: 'held', reason: 'call' });
    w.advanceTo(t(MON('10:30')));
    expect(w.notices).toHaveLength(1);
    const shown = w.notices[0]?.at ?? 0;
    expect(shown).toBeGreaterThanOrEqual(t(MON('10:15')));
    expect(shown).toBeLessThanOrEqual(t(MON('10:17')));
  });

  it('is shown only once however long busy lasts, even across several intervals; the schedule goes on from it', () => {
    const w = world(MON('09:00'));
    w.busy(200, 'fullscreen'); // 09:00–12:20
    w.advanceTo(t(MON('14:00')));
    expect(w.notices.map((n) => n.at).filter((a) => a < t(MON('12:20')))).toEqual([]);
    const first = w.notices[0]?.at ?? 0;
    expect(first - t(MON('12:20'))).toBeLessThanOrEqual(2 * MIN);
    // After it, the next comes one interval later, as for any shown reminder.
    expect(w.notices[1]?.at).toBe(first + 60 * MIN);
    expect(w.notices).toHaveLength(2);
  });

  it('reads busy only when a reminder is about to be shown, then at most once a minute while held', () => {
    const w = world(MON('09:00'));
    w.advanceTo(t(MON('09:59')));
    expect(w.busyReads).toBe(0); // nothing due yet: nothing read
    w.busy(30, 'dnd'); // 09:59–10:29
    w.advanceTo(t(MON('10:40')));
    const reads = w.busyReadTimes;
    expect(reads[0]).toBe(t(MON('10:00')));
    for (let i = 1; i < reads.length; i++) expect((reads[i] ?? 0) - (reads[i - 1] ?? 0)).toBeGreaterThanOrEqual(MIN);
    // Held 10:00–10:29: about one read a minute, and none once the reminder is shown.
    expect(reads.length).toBeGreaterThanOrEqual(29);
    expect(reads.length).toBeLessThanOrEqual(32);
    expect(reads.every((r) => r <= (w.notices[0]?.at ?? 0))).toBe(true);
  });

  it('a reminder that is not busy costs one reading and is shown as before', () => {
    const w = world(MON('09:00'));
    w.advanceTo(t(MON('11:30')));
    expect(shownAt(w)).toEqual([Z(MON('10:00')), Z(MON('11:00'))]);
    expect(w.busyReads).toBe(2);
  });

  it('the typing lull still applies after busy ends, inside the 2 minutes', () => {
    const w = world(MON('09:00'), { schedule: { waitForLullSeconds: 600 } });
    w.advanceTo(t(MON('09:55')));
    w.busy(10, 'microphone'); // until 10:05
    w.advanceTo(t(MON('10:04')));
    w.typing(30); // typing on from 10:04: the reminder waits for a lull, but not past 2 minutes
    w.advanceTo(t(MON('10:30')));
    expect(w.notices).toHaveLength(1);
    const at = w.notices[0]?.at ?? 0;
    expect(at).toBeGreaterThan(t(MON('10:05')));
    expect(at).toBeLessThanOrEqual(t(MON('10:07')));
  });

  it('is dropped when busy ends outside active hours; the next day goes on as usual', () => {
    const w = world(MON('16:00'));
    w.advanceTo(t(MON('16:50')));
    w.busy(60, 'camera'); // 16:50–17:50, active hours end 17:30
    w.advanceTo(t('2026-06-02T10:30:00+02:00'));
    expect(shownAt(w)).toEqual([Z('2026-06-02T10:00:00+02:00')]);
    expect(w.states.some((s) => s.status.kind === 'held')).toBe(true);
  });

  it('is dropped when reminders are paused while it is held, and a fresh interval starts after the pause', () => {
    const w = world(MON('09:00'));
    w.busy(90, 'dnd'); // 09:00–10:30
    w.advanceTo(t(MON('10:10')));
    expect(w.scheduler.status().kind).toBe('held');
    w.pauseFor(60); // until 11:10
    w.advanceTo(t(MON('12:30')));
    expect(shownAt(w)).toEqual([Z(MON('12:10'))]);
  });

  it('busy time is not a natural break: a long call with no input does not restart the interval', () => {
    const w = world(MON('09:00'));
    w.advanceTo(t(MON('09:58')));
    w.busy(42, 'camera'); // 09:58–10:40, hands off the keyboard the whole time
    w.idle(42);
    w.advanceTo(t(MON('12:00')));
    // Held at 10:00, shown once the call ends (not an interval after it), then hourly from there.
    const first = w.notices[0]?.at ?? 0;
    expect(first).toBeGreaterThanOrEqual(t(MON('10:40')));
    expect(first).toBeLessThanOrEqual(t(MON('10:42')));
    expect(w.notices[1]?.at).toBe(first + 60 * MIN);
    expect(w.states.some((s) => s.status.kind === 'away')).toBe(false);
  });

  it('a signal whose setting is off has no effect, and turning a signal off lets a held reminder through', () => {
    const w = world(MON('09:00'), { schedule: { waitWhileBusy: { fullScreen: false } } });
    w.busy(120, 'fullscreen');
    w.advanceTo(t(MON('10:30')));
    expect(shownAt(w)).toEqual([Z(MON('10:00'))]);

    const v = world(MON('09:00'));
    v.busy(120, 'dnd');
    v.advanceTo(t(MON('10:20')));
    expect(v.notices).toHaveLength(0);
    v.updateSettings({ schedule: { waitWhileBusy: { doNotDisturb: false } } });
    v.advanceTo(t(MON('10:22')));
    expect(v.notices).toHaveLength(1);
  });

  it('with every signal off nothing is read', () => {
    const w = world(MON('09:00'), {
      schedule: { waitWhileBusy: { doNotDisturb: false, fullScreen: false, cameraOrMicrophone: false } },
    });
    w.busy(120, 'camera');
    w.advanceTo(t(MON('11:30')));
    expect(w.busyReads).toBe(0);
    expect(w.notices).toHaveLength(2);
  });

  it('quick pauses the person asks for are never held, and one taken while a reminder is held drops it', () => {
    const w = world(MON('09:00'));
    w.busy(120, 'camera');
    w.advanceTo(t(MON('10:10')));
    expect(w.scheduler.status().kind).toBe('held');
    w.scheduler.practiceStarted(); // from the tray, a shortcut or the command line
    expect(w.scheduler.status()).toEqual({ kind: 'practising' });
    w.advanceTo(t(MON('10:15')));
    w.practiceEnd();
    w.advanceTo(t(MON('11:05')));
    expect(w.notices).toHaveLength(0); // the held one is gone; the next is an hour after the pause
  });

  it('an answer that takes a while is waited for; one that never comes counts as "can\'t tell"', () => {
    const slow = new World({
      timezone: 'Europe/Berlin',
      start: t(MON('09:00')),
      settings: settingsWith(),
      busyAnswerMs: 2_000,
    });
    slow.advanceTo(t(MON('09:45')));
    slow.busy(30, 'dnd'); // 09:45–10:15
    slow.advanceTo(t(MON('10:00')) + 1_000);
    expect(slow.notices).toHaveLength(0);
    slow.advanceTo(t(MON('10:45')));
    expect(slow.notices).toHaveLength(1);
    expect(slow.notices[0]?.at ?? 0).toBeGreaterThanOrEqual(t(MON('10:15')));

    const silent = new World({
      timezone: 'Europe/Berlin',
      start: t(MON('09:00')),
      settings: settingsWith(),
      busyAnswerMs: 10 * 60 * MIN,
    });
    silent.advanceTo(t(MON('09:45')));
    silent.busy(30, 'dnd');
    silent.advanceTo(t(MON('10:01')));
    expect(silent.notices.map((n) => n.at)).toEqual([t(MON('10:00')) + BUSY_READ_TIMEOUT_MS]);
  });

  it('the tray says kindly why the pause waits, and never names an app', () => {
    expect(statusLine(EN, { kind: 'held', reason: 'call' })).toBe(
      'You seem to be in a call — your pause waits until it ends',
    );
    expect(statusLine(EN, { kind: 'held', reason: 'fullscreen' })).toMatch(/full screen/);
    expect(statusLine(EN, { kind: 'held', reason: 'dnd' })).toMatch(/Do Not Disturb/);
  });
});
