// The voice rules (PRODUCT.md) checked on every string a person can read that main, the tray,
// notifications, the command line and the shared modules hold: the tray menu in every state,
// every status line, the reminder notice, the CLI's help and its messages, the app menu, the
// export dialog, file notices and every error sentence. The word list lives in src/shared/voice.ts.
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../src/main/core/app-menu';
import { HELP, parseArgs } from '../../../src/main/core/cli';
import { exportDialogTitle } from '../../../src/main/core/export-data';
import { historyNotice } from '../../../src/main/core/history-recovery';
import { REMINDER_BODIES, reminderNotice } from '../../../src/main/core/notifier';
import { settingsNotice } from '../../../src/main/core/settings-recovery';
import { statusLine } from '../../../src/main/core/status-text';
import { buildTrayMenu, type MenuItemModel, trayTooltip, trayWords } from '../../../src/main/core/tray-menu';
import type { ReminderStatus } from '../../../src/shared/app-state';
import { PRACTICE_TARGETS } from '../../../src/shared/article';
import { type ErrorAction, errorSentence } from '../../../src/shared/error-words';
import PHRASE_WORDS from '../../../src/shared/i18n/catalogs/en/phrases.json' with { type: 'json' };
import { ROUTE_TITLES } from '../../../src/shared/routes';
import { defaultSettings } from '../../../src/shared/settings';
import { VOICE_RULES, voiceProblems } from '../../../src/shared/voice';
import { english } from '../../support/words';

const EN = english();

const now = Date.parse('2026-06-05T15:00:00Z');
const STATES: ReminderStatus[] = [
  { kind: 'off' },
  { kind: 'waiting', nextAt: now + 3600_000 },
  { kind: 'waiting', nextAt: now + 3 * 86_400_000 },
  { kind: 'due' },
  { kind: 'snoozed', until: now + 600_000 },
  { kind: 'paused', until: now + 86_400_000 },
  { kind: 'paused', until: null },
  { kind: 'outside-hours' },
  { kind: 'away' },
  { kind: 'practising' },
];

function labels(items: MenuItemModel[]): string[] {
  return items.flatMap((i) =>
    i.kind === 'separator' ? [] : i.kind === 'submenu' ? [i.label, ...labels(i.items)] : [i.label],
  );
}
function menuLabels(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((i) => ('label' in i ? [i.label as string, ...menuLabels(i.submenu)] : []));
}

const time = { regional: 'en-GB', timeZone: 'Europe/Berlin', now };
const strings: [string, string][] = [
  ...STATES.flatMap((s): [string, string][] => [
    [`status ${s.kind}`, statusLine(EN, s, time)],
    [`tooltip ${s.kind}`, trayTooltip(EN, { reminder: s }, time)],
    ...labels(buildTrayMenu(EN, { reminder: s }, time)).map((l): [string, string] => [`tray ${s.kind}`, l]),
  ]),
  ...Object.values(trayWords(EN))
    .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))
    .map((v): [string, string] => ['tray words', v]),
  ...REMINDER_BODIES.flatMap((_, n): [string, string][] => {
    const notice = reminderNotice(EN, n, 1000);
    return [
      ['notice title', notice.title],
      ['notice body', notice.body],
      ...[notice.startLabel, notice.snoozeLabel, notice.skipLabel, notice.closeLabel].map((l): [string, string] => [
        'notice action',
        l,
      ]),
    ];
  }),
  ['cli help', HELP],
  ...[['--break', 'nap'], ['--pause'], ['--pause', 'forever'], ['--nope'], ['--read=x']].map(
    (args): [string, string] => {
      const r = parseArgs(args);
      return [`cli ${args.join(' ')}`, r.kind === 'error' ? r.message : ''];
    },
  ),
  ...['linux', 'darwin', 'win32'].flatMap((p) =>
    menuLabels(appMenuTemplate(p as NodeJS.Platform, EN)).map((l): [string, string] => [`app menu ${p}`, l]),
  ),
  ['export dialog', exportDialogTitle(EN)],
  ...Object.values(ROUTE_TITLES).map((t): [string, string] => ['window title', t]),
  ...Object.values(PRACTICE_TARGETS).map((t): [string, string] => ['article link note', t.note]),
  // The default phrases, the crisis note and the words around them (src/shared/phrases.ts).
  ...Object.entries(PHRASE_WORDS).map(([id, text]): [string, string] => [id, text]),
  ...(['save', 'export', 'delete-history', 'delete-all', 'delete-note'] as ErrorAction[]).flatMap((a) =>
    ['ENOSPC', 'EACCES: permission denied', 'ENOENT', 'EBUSY', 'settings.x must be at most 3', 'main process', '?'].map(
      (d): [string, string] => [`error ${a} ${d}`, errorSentence(EN, a, d)],
    ),
  ),
  [
    'settings notice',
    settingsNotice(
      {
        settings: defaultSettings(),
        unreadable: null,
        dropped: ['schedule.intervalMinutes must be at most 240'],
        filled: [],
        migratedFrom: null,
        futureVersion: null,
      },
      'settings.corrupt.json',
    )?.(EN) ?? '',
  ],
  [
    'history notice',
    historyNotice(
      { records: [], unreadable: 'bad JSON', dropped: 0, damaged: true, checkInsUpgraded: 0, checkInsDropped: [] },
      'history.corrupt.json',
    )?.(EN) ?? '',
  ],
];

describe('the voice, everywhere main speaks', () => {
  it('collects every string it checks (none is empty)', () => {
    expect(strings.length).toBeGreaterThan(150);
    for (const [where, text] of strings) expect(text, where).not.toBe('');
  });

  it.each(strings)('%s: %s', (_where, text) => {
    expect(voiceProblems(text)).toEqual([]);
  });
});

describe('the word list itself', () => {
  it.each([
    ['What a great job!', 'an exclamation mark'],
    ['You should rest.', '"should"'],
    ['Your export failed.', '"failed"'],
    ['You missed a pause.', '"missed"'],
    ['Keep your streak going.', '"streak"'],
    ['Pause due', '"due"'],
    ['Take a deep breath.', '"deep" or "big" breaths'],
    ['One big breath in.', '"deep" or "big" breaths'],
  ])('"%s" breaks %s', (text, rule) => {
    expect(voiceProblems(text).join(' ')).toContain(rule);
  });

  it('kind words pass, and words that merely contain a banned one are fine', () => {
    expect(voiceProblems('A pause, if you like. Breathe slowly and gently. Residue, shoulder.')).toEqual([]);
  });

  it('keeps one list per language, so a translation adds its own', () => {
    expect(Object.keys(VOICE_RULES)).toContain('en');
    expect(() => voiceProblems('hello', 'xx')).toThrow(/no voice rules/);
  });
});
