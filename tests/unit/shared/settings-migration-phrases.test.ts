// Default phrases stay defaults until edited (issue 14): the step from version 5 turns a saved
// phrase that is exactly one of Attune's English defaults into that default's id, keeps every
// other phrase exactly as the person wrote it, and turns Attune's own crisis note into null.
import { describe, expect, it } from 'vitest';
import { recoverSettings } from '../../../src/main/core/settings-recovery';
import EN from '../../../src/shared/i18n/catalogs/en/phrases.json' with { type: 'json' };
import { DEFAULT_PHRASE_IDS } from '../../../src/shared/phrases';
import { defaultSettings, SETTINGS_VERSION, settingsSchema } from '../../../src/shared/settings';
import {
  MIGRATIONS,
  migrateSettings,
  PRE_V6_CRISIS_NOTE,
  PRE_V6_DEFAULT_PHRASES,
} from '../../../src/shared/settings-migrations';

const step5 = MIGRATIONS.find((m) => m.from === 5);
const migrate = (s: Record<string, unknown>) => step5?.migrate(s) as Record<string, unknown>;

/** What every Attune before version 6 wrote for a fresh install. */
const OLD_DEFAULTS = {
  naming: ['This hurts.', 'This is hard right now.', 'This is a moment of struggle.'],
  common: [
    "I'm not the only one who feels this.",
    'Other people feel this way too.',
    'Struggle is part of being human.',
  ],
  kindness: ['May I be gentle with myself.', 'What do I need to hear right now?', 'May I give myself the care I need.'],
};

describe('the English words an old file holds', () => {
  it('are the English catalog’s words for each default today, so a default reads the same after the upgrade', () => {
    for (const id of DEFAULT_PHRASE_IDS) expect(EN[`phrases.default.${id}`]).toBe(PRE_V6_DEFAULT_PHRASES[id]);
    expect(EN['phrases.crisisNote.default']).toBe(PRE_V6_CRISIS_NOTE);
  });
});

describe('version 5 → 6: phrases', () => {
  it('an untouched file’s phrases become exactly the defaults of a fresh Attune', () => {
    const out = migrate({ version: 5, practice: { pattern: 'box', phrases: OLD_DEFAULTS } });
    expect((out.practice as Record<string, unknown>).phrases).toEqual(defaultSettings().practice.phrases);
    expect((out.practice as Record<string, unknown>).pattern).toBe('box');
  });

  it('edited lists: only the exact defaults become ids; the person’s words stay byte for byte', () => {
    const mine = [
      'This hurts a lot.',
      '  May I be gentle with myself.  ',
      'may i be gentle with myself.',
      'Möge ich sanft mit mir sein.',
      'This hurts.\n',
    ];
    const out = migrate({ version: 5, practice: { phrases: { naming: mine, common: [], kindness: mine } } });
    const phrases = (out.practice as { phrases: Record<string, unknown[]> }).phrases;
    const want = [
      'This hurts a lot.',
      { id: 'kindness.1' },
      'may i be gentle with myself.',
      'Möge ich sanft mit mir sein.',
      { id: 'naming.1' },
    ];
    expect(phrases.naming).toEqual(want);
    expect(phrases.kindness).toEqual(want);
    expect(phrases.common).toEqual([]);
  });

  it('reordered defaults keep their order; a default moved to another list becomes its id there', () => {
    const out = migrate({
      version: 5,
      practice: {
        phrases: {
          naming: ['This is a moment of struggle.', 'This hurts.'],
          common: ['May I be gentle with myself.'],
          kindness: ['May I give myself the care I need.', 'I am doing my best.'],
        },
      },
    });
    expect((out.practice as { phrases: unknown }).phrases).toEqual({
      naming: [{ id: 'naming.3' }, { id: 'naming.1' }],
      common: [{ id: 'kindness.1' }],
      kindness: [{ id: 'kindness.3' }, 'I am doing my best.'],
    });
  });

  it('duplicates stay duplicates (the person’s list is not tidied here); the break shows each once', () => {
    const out = migrate({
      version: 5,
      practice: { phrases: { naming: ['This hurts.', 'This hurts.', 'Mine.', 'Mine.'], common: [], kindness: [] } },
    });
    expect((out.practice as { phrases: { naming: unknown } }).phrases.naming).toEqual([
      { id: 'naming.1' },
      { id: 'naming.1' },
      'Mine.',
      'Mine.',
    ]);
  });

  it('a missing list, a missing phrases object or a missing practice section is left missing', () => {
    expect(migrate({ version: 5, practice: { phrases: { naming: ['This hurts.'] } } }).practice).toEqual({
      phrases: { naming: [{ id: 'naming.1' }] },
    });
    expect(migrate({ version: 5, practice: { pattern: 'sigh' } }).practice).toEqual({ pattern: 'sigh' });
    expect(migrate({ version: 5 })).not.toHaveProperty('practice');
  });

  it('non-text junk is left for recovery, which keeps each valid entry and drops the rest', () => {
    const saved = {
      ...defaultSettings(),
      version: 5,
      practice: {
        ...defaultSettings().practice,
        phrases: {
          naming: ['This hurts.', 42, '', null, { id: 'nope' }, 'Mine.', { text: 'x' }],
          common: 'not a list',
          kindness: ['x'.repeat(201), 'May I be gentle with myself.'],
        },
      },
      crisisNote: PRE_V6_CRISIS_NOTE,
    };
    const r = recoverSettings(JSON.stringify(saved));
    expect(r.migratedFrom).toBe(5);
    expect(r.settings.practice.phrases).toEqual({
      naming: [{ id: 'naming.1' }, 'Mine.'],
      common: defaultSettings().practice.phrases.common,
      kindness: [{ id: 'kindness.1' }],
    });
    expect(r.settings.crisisNote).toBeNull();
    expect(r.dropped.length).toBeGreaterThan(0);
    expect(settingsSchema.check(r.settings)).toBeNull();
  });
});

describe('version 5 → 6: the crisis note', () => {
  it('Attune’s English note becomes null (shown in the language Attune speaks)', () => {
    expect(migrate({ version: 5, crisisNote: PRE_V6_CRISIS_NOTE }).crisisNote).toBeNull();
    expect(migrate({ version: 5, crisisNote: `\n${PRE_V6_CRISIS_NOTE} ` }).crisisNote).toBeNull();
  });

  it('an emptied note becomes null too: Attune’s note comes back rather than none', () => {
    expect(migrate({ version: 5, crisisNote: '' }).crisisNote).toBeNull();
    expect(migrate({ version: 5, crisisNote: ' \n ' }).crisisNote).toBeNull();
  });

  it('the person’s own note stays exactly as written, even when it begins with Attune’s words', () => {
    const mine = `${PRE_V6_CRISIS_NOTE} My sister Ana: 555 0100.`;
    expect(migrate({ version: 5, crisisNote: mine }).crisisNote).toBe(mine);
    expect(migrate({ version: 5, crisisNote: '  Call Sam.  ' }).crisisNote).toBe('  Call Sam.  ');
  });

  it('a missing note stays missing; a note that is not text is left for recovery', () => {
    expect(migrate({ version: 5 })).not.toHaveProperty('crisisNote');
    expect(migrate({ version: 5, crisisNote: 5 }).crisisNote).toBe(5);
    expect(recoverSettings(JSON.stringify({ version: 5, crisisNote: 5 })).settings.crisisNote).toBeNull();
  });
});

describe('idempotence', () => {
  it('the step run twice gives what it gave once', () => {
    const once = migrate({
      version: 5,
      practice: { phrases: { naming: ['This hurts.', 'Mine.'], common: [], kindness: [{ id: 'kindness.2' }] } },
      crisisNote: PRE_V6_CRISIS_NOTE,
    });
    expect(migrate({ ...once, version: 5 })).toEqual(once);
  });

  it('a version 6 file is not migrated again: an own phrase that reads like a default stays text', () => {
    const current = { ...defaultSettings(), practice: { ...defaultSettings().practice } };
    current.practice.phrases = { naming: ['This hurts.'], common: [], kindness: [] };
    const r = recoverSettings(JSON.stringify(current));
    expect(r.migratedFrom).toBeNull();
    expect(r.settings.practice.phrases.naming).toEqual(['This hurts.']);
  });
});

describe('recovery of a current file', () => {
  it('keeps each valid entry (a known id or the person’s text) and says which list lost something', () => {
    const s = JSON.parse(JSON.stringify(defaultSettings()));
    s.practice.phrases.naming = [{ id: 'naming.2' }, { id: 'naming.9' }, 'Mine.', 3, { id: 'naming.1', extra: 1 }];
    const r = recoverSettings(JSON.stringify(s));
    expect(r.settings.practice.phrases.naming).toEqual([{ id: 'naming.2' }, 'Mine.']);
    expect(r.dropped).toEqual([
      'practice.phrases.naming[1].id must be one of naming.1, naming.2, naming.3, common.1, common.2, common.3, ' +
        'kindness.1, kindness.2, kindness.3, not "naming.9" (the rest of practice.phrases.naming was kept)',
    ]);
  });
});

describe('a version 1 file, all the way to the current version', () => {
  const v1 = {
    version: 1,
    breathPattern: 'long-exhale',
    reminderIntervalMinutes: 45,
    schedule: { enabled: true, snoozeMinutes: 15 },
    practice: {
      phrases: {
        naming: ['This hurts.', 'Heavy day.'],
        common: OLD_DEFAULTS.common,
        kindness: ['May I rest a moment.', 'What do I need to hear right now?'],
      },
    },
    crisisNote: PRE_V6_CRISIS_NOTE,
  };

  it('migrates step by step and keeps every value and every word of the person’s', () => {
    const m = migrateSettings(v1);
    expect(m.kind).toBe('migrated');
    const r = recoverSettings(JSON.stringify(v1));
    expect(r.migratedFrom).toBe(1);
    expect(r.dropped).toEqual([]);
    const want = defaultSettings();
    want.practice.pattern = 'long-exhale';
    want.schedule.intervalMinutes = 45;
    want.schedule.snoozeMinutes = 15;
    want.practice.phrases = {
      naming: [{ id: 'naming.1' }, 'Heavy day.'],
      common: [{ id: 'common.1' }, { id: 'common.2' }, { id: 'common.3' }],
      kindness: ['May I rest a moment.', { id: 'kindness.2' }],
    };
    expect(r.settings).toEqual(want);
    expect(r.settings.version).toBe(SETTINGS_VERSION);
    expect(r.settings.crisisNote).toBeNull();
  });
});
