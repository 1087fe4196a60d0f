import { describe, expect, it } from 'vitest';
import {
  needsBackup,
  needsRewrite,
  recoverSettings,
  sectionsTouched,
  settingsNotice,
} from '../../../../src/main/core/settings-recovery';
import { defaultSettings, settingsSchema } from '../../../../src/shared/settings';
import { english, wordsFor } from '../../../support/words';

const text = (v: unknown) => JSON.stringify(v);
// biome-ignore lint/suspicious/noExplicitAny: these tests build deliberately malformed settings
type Loose = Record<string, any>;
const withChange = (change: (s: Loose) => void) => {
  const s = defaultSettings() as unknown as Loose;
  change(s);
  return text(s);
};

describe('recoverSettings', () => {
  it('no file: defaults, nothing to back up or rewrite', () => {
    const r = recoverSettings(null);
    expect(r.settings).toEqual(defaultSettings());
    expect(needsBackup(r)).toBe(false);
    expect(needsRewrite(r)).toBe(false);
  });

  it('a valid file comes back unchanged', () => {
    const s = defaultSettings();
    s.crisisNote = 'x';
    const r = recoverSettings(text(s));
    expect(r.settings).toEqual(s);
    expect(needsRewrite(r)).toBe(false);
  });

  it('missing settings take their defaults quietly: nothing was lost, so no copy is needed', () => {
    const r = recoverSettings(
      withChange((s) => {
        delete s.crisisNote;
        delete s.practice.phrases;
      }),
    );
    expect(r.settings).toEqual(defaultSettings());
    expect(r.filled).toEqual(['practice.phrases', 'crisisNote']);
    expect(needsBackup(r)).toBe(false);
    expect(needsRewrite(r)).toBe(true);
  });

  it('keeps the good time ranges when one is bad', () => {
    const good = { days: [1, 2], start: '08:00', end: '12:00' };
    const late = { days: [5], start: '22:00', end: '01:00' };
    const r = recoverSettings(
      withChange((s) => {
        s.schedule.activeHours = [good, { days: [], start: '10:00', end: '11:00' }, late];
      }),
    );
    expect(r.settings.schedule.activeHours).toEqual([good, late]);
    expect(r.dropped).toHaveLength(1);
    expect(needsBackup(r)).toBe(true);
  });

  it('keeps the good reading positions when one is bad', () => {
    const r = recoverSettings(
      withChange((s) => {
        s.reading.positions = { 'forget-loving-yourself': 0.4, 'BAD KEY': 0.1, other: 7 };
      }),
    );
    expect(r.settings.reading.positions).toEqual({ 'forget-loving-yourself': 0.4 });
  });

  it('a list that is too long keeps its first items up to the limit', () => {
    const many = Array.from({ length: 25 }, (_, i) => `Phrase ${i}`);
    const r = recoverSettings(withChange((s) => (s.practice.phrases.kindness = many)));
    expect(r.settings.practice.phrases.kindness).toEqual(many.slice(0, 20));
    expect(needsBackup(r)).toBe(true);
  });

  it('a section that is not an object falls back as a whole, the others are kept', () => {
    const r = recoverSettings(
      withChange((s) => {
        s.schedule = 'hourly';
        s.practice.pattern = 'sigh';
      }),
    );
    expect(r.settings.schedule).toEqual(defaultSettings().schedule);
    expect(r.settings.practice.pattern).toBe('sigh');
    expect(r.dropped[0]).toMatch(/^schedule must be an object/);
  });

  it('unknown keys are dropped (and reported), known ones kept', () => {
    const r = recoverSettings(withChange((s) => (s.system.glow = true)));
    expect(r.settings).toEqual(defaultSettings());
    expect(r.dropped).toEqual(['system.glow is not a known setting']);
  });

  it('inherited names (toString, constructor) are unknown keys too, so the original is kept', () => {
    const r = recoverSettings(withChange((s) => (s.system = { ...s.system, toString: 'x', constructor: 1 })));
    expect(r.settings).toEqual(defaultSettings());
    expect(r.dropped).toEqual(['system.toString is not a known setting', 'system.constructor is not a known setting']);
    expect(needsBackup(r)).toBe(true);
  });

  it('whatever the input, the result is valid settings', () => {
    const inputs = [
      '',
      'null',
      '42',
      '"x"',
      '[]',
      '{}',
      '{"version":"two"}',
      '{"version":2,"schedule":null}',
      '{"a":{"b":[1,2,{}]}}',
    ];
    for (const input of inputs) {
      const r = recoverSettings(input);
      expect(settingsSchema.check(r.settings), input).toBeNull();
    }
  });
});

describe('the notice', () => {
  const base = recoverSettings(null);
  const en = english();
  it('is null when nothing went wrong', () => {
    expect(settingsNotice(base, null)).toBeNull();
  });
  it('names the Settings sections by their titles, and the copy', () => {
    const r = { ...base, dropped: ['schedule.intervalMinutes must be…', 'practice.volume must be…', 'schedule.x'] };
    expect(settingsNotice(r, 'settings.corrupt-1.json')?.(en)).toBe(
      'Some settings under “Reminders” and “Practice” couldn’t be read, so those went back to their usual values. ' +
        'Everything else was kept. The original file is kept beside it as “settings.corrupt-1.json”.',
    );
    expect(settingsNotice({ ...base, dropped: ['mystery'] }, null)?.(en)).toBe(
      'A few of your settings couldn’t be read, so those went back to their usual values. ' +
        'Everything else was kept. The original file was left as it was.',
    );
  });
  it('speaks the person’s language: the sentence, the section titles and the list', () => {
    const r = { ...base, dropped: ['reading.theme y', 'crisisNote x'] };
    expect(settingsNotice(r, 'k.json')?.(wordsFor('de'))).toBe(
      'Einige Einstellungen unter „Lesen“ und „Wenn du in einer Krise bist“ ließen sich nicht lesen und haben wieder ihre üblichen Werte. ' +
        'Alles andere ist geblieben. Die ursprüngliche Datei liegt daneben als „k.json“.',
    );
    const ja = settingsNotice({ ...base, unreadable: 'Unexpected token' }, null)?.(wordsFor('ja')) ?? '';
    expect(ja).toContain('Attune は設定ファイルを読み取れなかった');
  });
  it('has no exclamation marks or blame', () => {
    const variants: Partial<ReturnType<typeof recoverSettings>>[] = [
      { unreadable: 'Unexpected token' },
      { futureVersion: 9 },
      { dropped: ['crisisNote must be text'] },
    ];
    for (const v of variants) {
      const n = settingsNotice({ ...base, ...v }, 'copy.json')?.(en) ?? '';
      expect(n).not.toMatch(/!|you broke|your fault|error/i);
      expect(n.length).toBeGreaterThan(20);
    }
  });
  it('sectionsTouched maps paths to the sections’ titles', () => {
    expect(sectionsTouched(['crisisNote x', 'reading.theme y', 'mystery z', 'reading.textSize q'])).toEqual([
      'phrases.crisis.title',
      'settings.reading.title',
      'other',
    ]);
  });
});

describe('schedule.waitWhileBusy', () => {
  it('a file without it takes every signal on; a bad value there is dropped and named, the rest kept', () => {
    const missing = recoverSettings(withChange((s) => delete s.schedule.waitWhileBusy));
    expect(missing.settings.schedule.waitWhileBusy).toEqual({
      doNotDisturb: true,
      fullScreen: true,
      cameraOrMicrophone: true,
    });
    expect(missing.filled).toContain('schedule.waitWhileBusy');
    const bad = recoverSettings(
      withChange((s) => {
        s.schedule.waitWhileBusy = { doNotDisturb: 'yes', fullScreen: false, cameraOrMicrophone: false };
      }),
    );
    expect(bad.settings.schedule.waitWhileBusy).toEqual({
      doNotDisturb: true,
      fullScreen: false,
      cameraOrMicrophone: false,
    });
    expect(bad.dropped.join(' ')).toMatch(/schedule\.waitWhileBusy\.doNotDisturb/);
    expect(settingsSchema.check(bad.settings)).toBeNull();
  });
});
