// Start-up values that used to throw inside start() (issue 15, points 1–3): a time beyond what a
// date can hold, a time zone Intl rejects, and a listener that throws during a broadcast.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTimeZone } from '../../../src/main/adapters/power';
import { startFailureMessage, startSafely } from '../../../src/main/adapters/start-safely';
import { HistoryService } from '../../../src/main/core/history-service';
import { fallbackTimeZone, usableTimeZone } from '../../../src/main/core/local-time';
import { recoverSettings } from '../../../src/main/core/settings-recovery';
import { SettingsService } from '../../../src/main/core/settings-service';
import { isDateInstant, statusLine } from '../../../src/main/core/status-text';
import { pauseRecordSchema } from '../../../src/shared/history';
import { applySettingsPatch, defaultSettings, settingsSchema } from '../../../src/shared/settings';
import { World } from '../../../tools/simulate/engine';
import { english } from '../../support/words';

const EN = english();

describe('every time the schema accepts is one a date can hold', () => {
  it.each([9e15, 8.64e15, -1, 1e20, 0.5])('remindersPausedUntil %d is refused with a message', (value) => {
    const r = applySettingsPatch(defaultSettings(), { remindersPausedUntil: value });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/remindersPausedUntil must be/);
  });

  it('a pause until tomorrow is fine', () => {
    expect(applySettingsPatch(defaultSettings(), { remindersPausedUntil: Date.UTC(2026, 5, 2, 7) }).ok).toBe(true);
  });

  it('the JSON Schema handed to the store carries the same bounds', () => {
    const json = JSON.stringify(settingsSchema.jsonSchema());
    expect(json).not.toMatch(/"type":"(number|integer)"(,"minimum":[-\d.e]+)?}/);
    expect(
      pauseRecordSchema.check({ id: 'a', kind: 'full', startedAt: 9e15, durationSeconds: 1, completed: true }),
    ).toMatch(/startedAt must be a time between/);
  });

  it('a settings file with a far-future pause is repaired value by value (the rest kept)', () => {
    const r = recoverSettings(JSON.stringify({ ...defaultSettings(), remindersPausedUntil: 9e15, crisisNote: 'mine' }));
    expect(r.settings.remindersPausedUntil).toBeNull();
    expect(r.settings.crisisNote).toBe('mine');
    expect(r.dropped).toHaveLength(1);
  });
});

describe('the tray status never throws', () => {
  it.each([9e15, Number.NaN, Number.POSITIVE_INFINITY])('an instant of %d reads without a clock', (until) => {
    const utc = { timeZone: 'UTC', regional: 'en-GB' };
    expect(isDateInstant(until)).toBe(false);
    expect(statusLine(EN, { kind: 'paused', until }, utc)).toBe('Reminders quiet');
    expect(statusLine(EN, { kind: 'snoozed', until }, utc)).toBe('Offered again later');
    expect(statusLine(EN, { kind: 'waiting', nextAt: until }, utc)).toBe('Reminders on');
  });

  it('an unknown time zone reads in UTC', () => {
    const at = Date.UTC(2026, 5, 1, 15);
    expect(statusLine(EN, { kind: 'paused', until: at }, { timeZone: 'Etc/Unknown', regional: 'en-GB', now: at })).toBe(
      'Reminders quiet until 15:00',
    );
  });
});

describe('a time zone Intl rejects falls back', () => {
  it('to the current offset when it is whole hours, else UTC', () => {
    expect(fallbackTimeZone(-120)).toBe('Etc/GMT-2');
    expect(fallbackTimeZone(300)).toBe('Etc/GMT+5');
    expect(fallbackTimeZone(0)).toBe('UTC');
    expect(fallbackTimeZone(-330)).toBe('UTC');
    expect(usableTimeZone('Etc/Unknown')).toBe('UTC');
    expect(usableTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('resolveTimeZone says which zone was unusable and what stands in', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Etc/Unknown';
    try {
      const notALink = () => {
        throw Object.assign(new Error('EINVAL'), { code: 'EINVAL' });
      };
      expect(
        resolveTimeZone(
          notALink,
          () => 'Etc/Unknown',
          () => -60,
        ),
      ).toEqual({ zone: 'Etc/GMT-1', unusable: 'Etc/Unknown' });
      expect(
        resolveTimeZone(
          notALink,
          () => 'Asia/Tokyo',
          () => -540,
        ),
      ).toEqual({ zone: 'Asia/Tokyo', unusable: null });
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('the scheduler starts and keeps time in UTC when the clock reports an unknown zone', () => {
    const world = new World({ timezone: 'Etc/Unknown', start: Date.parse('2026-06-01T10:00:00Z') });
    expect(world.scheduler.status()).toMatchObject({ kind: 'waiting' });
    world.advance(70);
    expect(world.notices).toHaveLength(1);
  });
});

describe('a listener that throws does not stop the others', () => {
  it('settings: every later listener still hears the change', () => {
    const service = new SettingsService(defaultSettings(), () => {});
    const heard: string[] = [];
    service.subscribe(() => {
      throw new Error('tray broke');
    });
    service.subscribe((s) => heard.push(s.crisisNote ?? 'the default note'));
    expect(service.update({ crisisNote: 'x' }).crisisNote).toBe('x');
    expect(heard).toEqual(['x']);
  });

  it('history: the same', () => {
    const service = new HistoryService(
      [],
      () => {},
      () => 'id',
    );
    let heard = 0;
    service.subscribe(() => {
      throw new Error('window gone');
    });
    service.subscribe(() => heard++);
    service.add({ kind: 'full', startedAt: Date.UTC(2026, 0, 5), durationSeconds: 1, completed: true });
    expect(heard).toBe(1);
  });
});

describe('startSafely', () => {
  it('runs start and reports success', () => {
    const calls: string[] = [];
    const ok = startSafely(() => calls.push('started'), {
      app: { releaseSingleInstanceLock: () => calls.push('release'), exit: () => calls.push('exit') },
      dialog: { showErrorBox: () => calls.push('dialog') },
      words: english,
    });
    expect(ok).toBe(true);
    expect(calls).toEqual(['started']);
  });

  it('a throw: logged, one dialog in plain words, lock released, exit(1) — in that order', () => {
    const calls: unknown[] = [];
    const ok = startSafely(
      () => {
        throw new RangeError('Invalid time value');
      },
      {
        app: { releaseSingleInstanceLock: () => calls.push('release'), exit: (code) => calls.push(`exit ${code}`) },
        dialog: { showErrorBox: (title, content) => calls.push({ title, content }) },
        log: () => calls.push('log'),
        words: english,
      },
    );
    expect(ok).toBe(false);
    expect(calls).toEqual([
      'log',
      { title: 'Attune couldn’t start', content: startFailureMessage(EN, new RangeError('Invalid time value')) },
      'release',
      'exit 1',
    ]);
    expect(startFailureMessage(EN, new Error('x'))).not.toMatch(/should|failed|!/i);
  });
});

describe('npm run simulate with a far-future pause', () => {
  it('prints one message naming the field and exits 1, no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-sim-far-'));
    const file = path.join(dir, 'far.json');
    writeFileSync(
      file,
      JSON.stringify({
        timezone: 'UTC',
        start: '2026-06-01T07:00:00Z',
        end: '2026-06-01T15:00:00Z',
        settings: { remindersPausedUntil: 9e15 },
      }),
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /settings\.remindersPausedUntil must be a time between the years 2000 and 2200, not 9000000000000000/,
    );
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
