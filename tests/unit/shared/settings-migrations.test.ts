import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION } from '../../../src/shared/settings';
import { MIGRATIONS, type Migration, migrateSettings, savedVersion } from '../../../src/shared/settings-migrations';

describe('the migration list', () => {
  it('has exactly one step from every version before the current one, in order', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('version 1 → 2', () => {
  // Migrated to version 2 exactly, so later steps (each tested in its own file) do not show here.
  const toVersion2 = (s: Record<string, unknown>) => migrateSettings(s, MIGRATIONS, 2);
  it('moves breathPattern into practice.pattern and reminderIntervalMinutes into schedule.intervalMinutes', () => {
    const out = toVersion2({
      version: 1,
      breathPattern: 'box',
      reminderIntervalMinutes: 90,
      schedule: { enabled: false },
      practice: { holdsEnabled: true },
      crisisNote: 'mine',
    });
    expect(out).toEqual({
      kind: 'migrated',
      from: 1,
      settings: {
        version: 2,
        schedule: { enabled: false, intervalMinutes: 90 },
        practice: { holdsEnabled: true, pattern: 'box' },
        crisisNote: 'mine',
      },
    });
  });

  it('a value already in the new place wins over the old key', () => {
    const out = toVersion2({ version: 1, breathPattern: 'box', practice: { pattern: 'sigh' } });
    expect(out.settings.practice).toEqual({ pattern: 'sigh' });
    expect(out.settings).not.toHaveProperty('breathPattern');
  });

  it('creates the sections when the old file had none, and does not invent values it lacked', () => {
    const out = toVersion2({ version: 1 });
    expect(out.settings).toEqual({ version: 2, practice: {}, schedule: {} });
  });

  it('leaves a current file alone', () => {
    const current = defaultSettings() as unknown as Record<string, unknown>;
    expect(migrateSettings(current)).toEqual({ kind: 'current', settings: current });
  });
});

describe('version 2 → 3', () => {
  it('a reminder now begins the short pause; history is recorded and check-in words are hidden', () => {
    const out = migrateSettings(
      { version: 2, schedule: { enabled: false, intervalMinutes: 90 }, crisisNote: 'mine' },
      MIGRATIONS,
      3,
    );
    expect(out).toEqual({
      kind: 'migrated',
      from: 2,
      settings: {
        version: 3,
        schedule: { enabled: false, intervalMinutes: 90, reminderStarts: 'short' },
        history: { record: true, showCheckIns: false },
        crisisNote: 'mine',
      },
    });
  });

  it('keeps choices a file already has, and the result passes the schema once repaired', () => {
    const out = migrateSettings(
      { version: 2, schedule: { reminderStarts: 'full' }, history: { showCheckIns: true } },
      MIGRATIONS,
      3,
    );
    expect(out.settings.schedule).toEqual({ reminderStarts: 'full' });
    expect(out.settings.history).toEqual({ record: true, showCheckIns: true });
  });

  it('the same step runs on a whole version-2 file and gives valid settings', () => {
    const { reminderStarts: _r, ...schedule } = defaultSettings().schedule;
    const { history: _h, ...rest } = defaultSettings();
    const v2 = { ...rest, schedule, version: 2 } as unknown as Record<string, unknown>;
    const out = migrateSettings(v2, MIGRATIONS, 3);
    expect(out.settings).toEqual({ ...defaultSettings(), version: 3 });
  });

  it('leaves a current file alone (again, at version 3)', () => {
    const current = defaultSettings() as unknown as Record<string, unknown>;
    expect(migrateSettings(current)).toEqual({ kind: 'current', settings: current });
  });

  it('recognises a file from a newer Attune without changing it', () => {
    const newer = { version: SETTINGS_VERSION + 3, fancy: true };
    expect(migrateSettings(newer)).toEqual({ kind: 'future', settings: newer, from: SETTINGS_VERSION + 3 });
  });
});

describe('savedVersion', () => {
  it.each([
    [{ version: 2 }, 2],
    [{}, 1],
    [{ version: '2' }, 1],
    [{ version: 0 }, 1],
    [{ version: 1.5 }, 1],
    [{ version: 9 }, 9],
  ])('%j → %i', (input, want) => {
    expect(savedVersion(input)).toBe(want);
  });
});

it('runs steps in order from the saved version, each seeing the previous one’s result', () => {
  // A made-up chain (listed out of order on purpose) shows the runner's ordering.
  const chain: Migration[] = [
    { from: 3, what: 'third', migrate: (s) => ({ ...s, trail: `${s.trail}-3` }) },
    { from: 1, what: 'first', migrate: (s) => ({ ...s, trail: 'from1' }) },
    { from: 2, what: 'second', migrate: (s) => ({ ...s, trail: `${s.trail ?? 'from2'}-2` }) },
  ];
  expect(migrateSettings({ version: 1 }, chain, 4).settings).toEqual({ version: 4, trail: 'from1-2-3' });
  expect(migrateSettings({ version: 2 }, chain, 4).settings).toEqual({ version: 4, trail: 'from2-2-3' });
  expect(() => migrateSettings({ version: 1 }, chain.slice(1), 4)).toThrow(/no settings migration from version 3/);
});

describe('version 4 → 5: schedule.waitWhileBusy', () => {
  const step = MIGRATIONS.find((m) => m.from === 4);
  const ALL_ON = { doNotDisturb: true, fullScreen: true, cameraOrMicrophone: true };

  it('adds every busy signal, on, and keeps everything else', () => {
    expect(step?.what).toMatch(/waitWhileBusy/);
    expect(
      step?.migrate({ version: 4, schedule: { intervalMinutes: 45, enabled: false }, crisisNote: 'mine' }),
    ).toEqual({
      version: 5,
      schedule: { intervalMinutes: 45, enabled: false, waitWhileBusy: ALL_ON },
      crisisNote: 'mine',
    });
  });

  it('a waitWhileBusy already there wins; a file without schedule gets one', () => {
    const mine = { doNotDisturb: false, fullScreen: true, cameraOrMicrophone: false };
    expect(step?.migrate({ version: 4, schedule: { waitWhileBusy: mine } }).schedule).toEqual({ waitWhileBusy: mine });
    expect(step?.migrate({ version: 4 })).toEqual({ version: 5, schedule: { waitWhileBusy: ALL_ON } });
  });

  it('runs from version 4 to the current version, and the defaults carry every signal on', () => {
    const out = migrateSettings({ version: 4, schedule: { snoozeMinutes: 5 } }, MIGRATIONS, 5);
    expect(out).toEqual({
      kind: 'migrated',
      from: 4,
      settings: { version: 5, schedule: { snoozeMinutes: 5, waitWhileBusy: ALL_ON } },
    });
    expect(defaultSettings().schedule.waitWhileBusy).toEqual(ALL_ON);
  });
});
