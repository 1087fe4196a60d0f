// The settings and history store, in plain Node with a temporary folder and electron-store's
// Electron-free base `conf` — the same store.ts code the app runs with electron-store.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/main/adapters/atomic-file';
import {
  historyBackendOptions,
  openStores,
  type StoreBackendClass,
  settingsBackendOptions,
} from '../../../src/main/adapters/store';
import type { PauseRecord } from '../../../src/shared/history';
import { defaultSettings, type Settings, settingsSchema } from '../../../src/shared/settings';
import { english } from '../../support/words';

const Backend = Conf as unknown as StoreBackendClass;
const NOW = new Date('2026-03-04T05:06:07.089Z');
const STAMP = '2026-03-04T05-06-07-089Z';

let dir: string;
beforeEach(() => {
  // conf writes non-atomically inside a Snap; these tests check the normal, atomic path.
  delete process.env.SNAP;
  dir = mkdtempSync(path.join(tmpdir(), 'attune-store-'));
});
afterEach(() => {
  // leave the folder for inspection on failure; tmp is cleaned by the OS
});

const open = () => openStores({ cwd: dir, Backend, now: () => NOW });
const file = (name: string) => path.join(dir, name);
const readJson = (name: string): unknown => JSON.parse(readFileSync(file(name), 'utf8'));
const write = (name: string, value: unknown) =>
  writeFileSync(file(name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

function record(i: number, extra: Partial<PauseRecord> = {}): PauseRecord {
  return {
    id: `rec-${i}`,
    kind: 'breathe',
    startedAt: 1_700_000_000_000 + i * 3_600_000,
    durationSeconds: 60 + i,
    completed: i % 3 !== 0,
    ...(i % 2 === 0 ? { checkIn: 'tired' } : {}),
    ...extra,
  };
}
const records = (n: number) => Array.from({ length: n }, (_, i) => record(i));

function customised(): Settings {
  const s = defaultSettings();
  s.schedule.intervalMinutes = 45;
  s.schedule.snoozeMinutes = 15;
  s.practice.pattern = 'long-exhale';
  s.practice.phrases.kindness = ['May I rest a moment.'];
  s.reading.theme = 'sepia';
  s.crisisNote = 'Call Sam on 555-0100.';
  return s;
}

describe('first run and round trips', () => {
  it('starts with defaults and an empty history, and writes both files', () => {
    const stores = open();
    expect(stores.settings).toEqual(defaultSettings());
    expect(stores.history).toEqual([]);
    expect(stores.notice).toBeNull();
    expect(readJson('settings.json')).toEqual(defaultSettings());
    expect(readJson('history.json')).toEqual({ records: [] });
    expect(stores.files).toEqual({ settings: file('settings.json'), history: file('history.json') });
  });

  it('remembers settings and history exactly across a restart', () => {
    const first = open();
    first.saveSettings(customised());
    first.saveHistory(records(5));
    const second = open();
    expect(second.settings).toEqual(customised());
    expect(second.history).toEqual(records(5));
    expect(second.notice).toBeNull();
  });

  it('keeps the files private to this user', () => {
    open().saveSettings(customised());
    expect(statSync(file('settings.json')).mode & 0o777).toBe(0o600);
    expect(statSync(file('history.json')).mode & 0o777).toBe(0o600);
  });
});

/** One bad value of each kind, as a change to otherwise valid settings. */
const BAD_VALUES: [string, (s: Settings) => void][] = [
  ['text for a number', (s) => ((s.schedule as Record<string, unknown>).intervalMinutes = '60')],
  ['below the minimum', (s) => (s.schedule.intervalMinutes = 5)],
  ['above the maximum', (s) => (s.practice.volume = 1.5)],
  ['a fraction for a whole number', (s) => (s.schedule.snoozeMinutes = 2.5)],
  ['off the half-second grid', (s) => (s.practice.custom.inhale = 4.3)],
  ['not one of the choices', (s) => ((s.practice as Record<string, unknown>).pattern = 'hyperventilate')],
  ['a malformed time', (s) => (s.schedule.activeHours = [{ days: [1], start: '9am', end: '17:00' }])],
  ['a weekday out of range', (s) => (s.schedule.activeHours = [{ days: [7], start: '09:00', end: '17:00' }])],
  ['too many items', (s) => (s.practice.phrases.naming = Array.from({ length: 21 }, (_, i) => `p${i}`))],
  ['an empty phrase', (s) => (s.practice.phrases.common = [''])],
  ['text that is too long', (s) => (s.crisisNote = 'x'.repeat(2001))],
  ['null where a value is needed', (s) => ((s.system as Record<string, unknown>).theme = null)],
  ['an unknown key', (s) => ((s.schedule as Record<string, unknown>).surprise = true)],
  ['a missing key', (s) => delete (s.reading as Partial<Settings['reading']>).textSize],
  ['a bad map key', (s) => (s.reading.positions = { 'Not OK!': 0.5 })],
  ['a map value out of range', (s) => (s.reading.positions = { article: 2 })],
  ['a negative pause time', (s) => (s.remindersPausedUntil = -1)],
];

describe('the schema rejects each kind of bad value', () => {
  it.each(BAD_VALUES)('%s: our check and the store refuse it, the file is unchanged', (_name, spoil) => {
    const stores = open();
    stores.saveSettings(customised());
    const before = readFileSync(file('settings.json'), 'utf8');
    const bad = customised();
    spoil(bad);
    expect(settingsSchema.check(bad)).not.toBeNull();
    expect(() => stores.saveSettings(bad)).toThrow(/not saved/);
    expect(readFileSync(file('settings.json'), 'utf8')).toBe(before);
  });

  it.each(BAD_VALUES)('%s: the JSON Schema given to electron-store refuses it on its own', (_name, spoil) => {
    // Bypasses our own check: proves the JSON Schema is complete, so the backend is a second net.
    const conf = new Backend(settingsBackendOptions(dir));
    const bad = customised();
    spoil(bad);
    expect(() => {
      conf.store = bad as unknown as Record<string, unknown>;
    }).toThrow(/schema violation/);
    expect(readJson('settings.json')).toEqual(defaultSettings());
  });

  it('a bad history entry is refused and the history file is unchanged', () => {
    const stores = open();
    stores.saveHistory(records(3));
    const before = readFileSync(file('history.json'), 'utf8');
    const bad = [...records(3), { ...record(9), durationSeconds: -1 }];
    expect(() => stores.saveHistory(bad)).toThrow(/not saved/);
    const conf = new Backend(historyBackendOptions(dir));
    expect(() => {
      conf.store = { records: bad };
    }).toThrow(/schema violation/);
    expect(readFileSync(file('history.json'), 'utf8')).toBe(before);
  });

  it('accepts valid edge values (the JSON Schema is not stricter than the app)', () => {
    const s = customised();
    s.schedule.intervalMinutes = 10;
    s.schedule.activeHours = [
      { days: [0, 6], start: '22:00', end: '02:00' },
      { days: [1, 2, 3, 4, 5], start: '00:00', end: '23:59' },
    ];
    s.practice.custom = { inhale: 12, holdIn: 0.5, exhale: 2, holdOut: 10 };
    s.practice.volume = 0;
    s.practice.phrases.naming = [];
    s.reading.textSize = -3;
    s.reading.positions = { 'forget-loving-yourself': 0.25 };
    s.remindersPausedUntil = 1_800_000_000_000;
    const stores = open();
    stores.saveSettings(s);
    expect(open().settings).toEqual(s);
  });
});

/** A settings file as an earlier Attune (version 1) wrote it. */
function v1File(): Record<string, unknown> {
  const { practice, schedule, ...rest } = customised();
  const { pattern, ...practiceRest } = practice;
  const { intervalMinutes, ...scheduleRest } = schedule;
  return {
    ...rest,
    version: 1,
    breathPattern: pattern,
    reminderIntervalMinutes: intervalMinutes,
    practice: practiceRest,
    schedule: scheduleRest,
  };
}

describe('migration', () => {
  it('upgrades a version 1 file, keeping every value, and keeps the old file as a copy', () => {
    const old = JSON.stringify(v1File(), null, 2);
    write('settings.json', old);
    const stores = open();
    expect(stores.settings).toEqual(customised());
    expect(stores.settings.practice.pattern).toBe('long-exhale');
    expect(stores.settings.schedule.intervalMinutes).toBe(45);
    expect(stores.notice).toBeNull();
    expect(readJson('settings.json')).toEqual(customised());
    expect(readFileSync(file(`settings.v1-${STAMP}.json`), 'utf8')).toBe(old);
    // Opened again: nothing left to migrate, no second copy.
    open();
    expect(readdirSync(dir).filter((n) => n.startsWith('settings.v1-'))).toHaveLength(1);
  });

  it('a file from before versioning (no version) is treated as version 1', () => {
    const { version: _v, ...unversioned } = v1File();
    write('settings.json', unversioned);
    expect(open().settings).toEqual(customised());
  });
});

/** Each way a settings file can go wrong, and what must survive it. */
const SETTINGS_DAMAGE: { name: string; content: () => string; expect: (s: Settings, notice: string) => void }[] = [
  {
    name: 'corrupt JSON',
    content: () => JSON.stringify(customised(), null, 2).slice(0, 200),
    expect: (s, notice) => {
      expect(s).toEqual(defaultSettings());
      expect(notice).toMatch(/couldn’t read your settings file/);
    },
  },
  {
    name: 'not an object',
    content: () => '["settings"]',
    expect: (s, notice) => {
      expect(s).toEqual(defaultSettings());
      expect(notice).toMatch(/couldn’t read your settings file/);
    },
  },
  {
    name: 'wrong types',
    content: () => {
      const s = customised() as unknown as { schedule: Record<string, unknown>; reading: Record<string, unknown> };
      s.schedule.intervalMinutes = 'sixty';
      s.reading.theme = 42;
      return JSON.stringify(s);
    },
    expect: (s, notice) => {
      const want = customised();
      want.schedule.intervalMinutes = defaultSettings().schedule.intervalMinutes;
      want.reading.theme = defaultSettings().reading.theme;
      expect(s).toEqual(want);
      expect(notice).toMatch(/Some settings under “Reminders” and “Reading” couldn’t be read/);
      expect(notice).toMatch(/Everything else was kept/);
    },
  },
  {
    name: 'a version from the future',
    content: () =>
      JSON.stringify({ ...customised(), version: 7, practice: { ...customised().practice, aura: 'blue' } }),
    expect: (s, notice) => {
      expect(s).toEqual(customised());
      expect(notice).toMatch(/saved by a newer version of Attune/);
    },
  },
  {
    name: 'some bad phrases among good ones',
    content: () => {
      const s = customised() as unknown as { practice: { phrases: Record<string, unknown[]> } };
      s.practice.phrases.naming = ['This hurts.', '', 42, 'This is hard.'];
      return JSON.stringify(s);
    },
    expect: (s, notice) => {
      const want = customised();
      want.practice.phrases.naming = ['This hurts.', 'This is hard.'];
      expect(s).toEqual(want);
      expect(notice).toMatch(/Some settings under “Practice”/);
    },
  },
];

describe('damaged settings files never stop the app and never silently lose data', () => {
  it.each(SETTINGS_DAMAGE)('$name: recovers, keeps the bad file beside it, says so once', (damage) => {
    const bad = damage.content();
    write('settings.json', bad);
    write('history.json', { records: records(12) });
    const stores = open();
    expect(stores.notice).not.toBeNull();
    damage.expect(stores.settings, stores.notice?.(english()) ?? '');
    // The original, byte for byte, beside the repaired file, named in the notice.
    const copy = `settings.corrupt-${STAMP}.json`;
    expect(readFileSync(file(copy), 'utf8')).toBe(bad);
    expect(stores.notice?.(english())).toContain(copy);
    // The repaired file is valid and is what the app now uses.
    expect(settingsSchema.check(readJson('settings.json'))).toBeNull();
    expect(readJson('settings.json')).toEqual(stores.settings);
    // No history entry lost.
    expect(stores.history).toEqual(records(12));
    // Next start: nothing more to say, no second copy.
    const again = open();
    expect(again.notice).toBeNull();
    expect(again.settings).toEqual(stores.settings);
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([copy]);
  });

  it('a second damaged file in the same millisecond gets its own copy', () => {
    write('settings.json', '{');
    open();
    write('settings.json', '{{');
    const stores = open();
    expect(stores.notice?.(english())).toContain(`settings.corrupt-${STAMP}-2.json`);
    expect(readFileSync(file(`settings.corrupt-${STAMP}.json`), 'utf8')).toBe('{');
    expect(readFileSync(file(`settings.corrupt-${STAMP}-2.json`), 'utf8')).toBe('{{');
  });

  it('an unreadable settings file is left untouched; the app runs on defaults in memory', () => {
    mkdirSync(file('settings.json')); // reading a folder fails, like a permissions problem
    write('history.json', { records: records(2) });
    const stores = open();
    expect(stores.settings).toEqual(defaultSettings());
    expect(stores.notice?.(english())).toMatch(/left that file as it was/);
    expect(stores.history).toEqual(records(2));
    expect(() => stores.saveSettings(customised())).not.toThrow();
    expect(statSync(file('settings.json')).isDirectory()).toBe(true);
  });

  it('when a copy cannot be kept, the damaged file is not overwritten', () => {
    write('settings.json', '{"version": 2,');
    // Every name a copy could take is already used (the same as a full or read-only folder).
    for (let n = 1; n <= 101; n++) write(`settings.corrupt-${STAMP}${n > 1 ? `-${n}` : ''}.json`, 'taken');
    const stores = open();
    expect(stores.settings).toEqual(defaultSettings());
    expect(stores.notice?.(english())).toMatch(/left that file as it was/);
    expect(readFileSync(file('settings.json'), 'utf8')).toBe('{"version": 2,');
    expect(() => stores.saveSettings(customised())).not.toThrow();
    expect(readFileSync(file('settings.json'), 'utf8')).toBe('{"version": 2,');
  });
});

describe('damaged history files: every readable entry is kept', () => {
  it('keeps the valid entries one by one and the whole original beside it', () => {
    const good = records(6);
    const entries: unknown[] = [
      good[0],
      { ...record(100), kind: 'nap' },
      good[1],
      good[2],
      'garbage',
      good[3],
      { ...record(101), durationSeconds: 'long' },
      good[4],
      good[5],
    ];
    const text = JSON.stringify({ records: entries });
    write('history.json', text);
    const stores = open();
    expect(stores.history).toEqual(good);
    expect(stores.notice?.(english())).toMatch(
      /3 entries in your pause history couldn’t be read; the other 6 pauses were kept/,
    );
    expect(readFileSync(file(`history.corrupt-${STAMP}.json`), 'utf8')).toBe(text);
    expect(readJson('history.json')).toEqual({ records: good });
  });

  it('salvages every complete entry from a truncated file', () => {
    const all = records(40);
    const text = JSON.stringify({ records: all }, null, '\t');
    const cut = text.slice(0, text.indexOf('"rec-39"') + 20); // mid-way through the last entry
    write('history.json', cut);
    const stores = open();
    expect(stores.history).toEqual(all.slice(0, 39));
    expect(stores.notice?.(english())).toMatch(/history file was damaged\. Attune recovered 39 pauses/);
    expect(readJson('history.json')).toEqual({ records: all.slice(0, 39) });
    expect(readFileSync(file(`history.corrupt-${STAMP}.json`), 'utf8')).toBe(cut);
  });

  it('salvages entries around garbage in the middle of the file', () => {
    const all = records(10);
    const text = JSON.stringify({ records: all });
    const at = text.indexOf('{"id":"rec-5"');
    const garbled = `${text.slice(0, at)}\u0000\u0000}}]]{{"broken${text.slice(at + 3)}`;
    write('history.json', garbled);
    const stores = open();
    // rec-5 itself was damaged; every other entry survives.
    expect(stores.history).toEqual(all.filter((r) => r.id !== 'rec-5'));
    expect(readJson('history.json')).toEqual({ records: stores.history });
  });

  it('reads a bare list of entries (right data, wrong wrapping) without losing any', () => {
    write('history.json', records(4));
    const stores = open();
    expect(stores.history).toEqual(records(4));
    expect(stores.notice?.(english())).toMatch(/nothing was lost/);
    expect(readJson('history.json')).toEqual({ records: records(4) });
  });
});

describe('writes', () => {
  it('are atomic: the file is replaced by a rename, never rewritten in place, with no temporary files left', () => {
    if (process.platform === 'win32') return; // inode numbers are a POSIX notion
    const stores = open();
    const before = statSync(file('settings.json')).ino;
    stores.saveSettings(customised());
    const after = statSync(file('settings.json')).ino;
    expect(after).not.toBe(before);
    stores.saveHistory(records(3));
    expect(readdirSync(dir).sort()).toEqual(['history.json', 'settings.json']);
  });

  it('writeFileAtomic replaces the whole file and leaves nothing else', () => {
    const target = file('x.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(existsSync(`${target}.tmp`)).toBe(false);
  });

  it('the app sees what is on disk: what it saved is exactly what a fresh start reads', () => {
    const stores = open();
    const s = customised();
    s.schedule.activeHours.push({ days: [6], start: '23:00', end: '01:30' });
    stores.saveSettings(s);
    expect(readJson('settings.json')).toEqual(s);
  });
});
