// Version 3 → 4: the quick-pause shortcut setting arrives, off.
import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_VERSION, settingsSchema } from '../../../src/shared/settings';
import { MIGRATIONS, migrateSettings } from '../../../src/shared/settings-migrations';

const step = MIGRATIONS.find((m) => m.from === 3);

describe('version 3 → 4', () => {
  it('is one self-contained step', () => {
    expect(step?.what).toMatch(/quickPauseShortcut/);
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(4);
  });

  it('adds system.quickPauseShortcut: null and keeps everything else', () => {
    const out = step?.migrate({ version: 3, system: { startAtLogin: true, theme: 'dark' }, crisisNote: 'mine' });
    expect(out).toEqual({
      version: 4,
      system: { startAtLogin: true, theme: 'dark', quickPauseShortcut: null },
      crisisNote: 'mine',
    });
  });

  it('creates the section when the file had none, and keeps a value already there', () => {
    expect(step?.migrate({ version: 3 })).toEqual({ version: 4, system: { quickPauseShortcut: null } });
    expect(step?.migrate({ version: 3, system: { quickPauseShortcut: 'Control+Alt+P' } })?.system).toEqual({
      quickPauseShortcut: 'Control+Alt+P',
    });
  });

  it('a full version 3 file becomes a valid current one', () => {
    const { quickPauseShortcut: _, ...system3 } = defaultSettings().system;
    const v3 = { ...defaultSettings(), version: 3, system: system3 } as unknown as Record<string, unknown>;
    const out = migrateSettings(v3, MIGRATIONS, 4);
    expect(out.kind).toBe('migrated');
    expect(settingsSchema.check({ ...out.settings, version: SETTINGS_VERSION })).toBeNull();
  });
});
