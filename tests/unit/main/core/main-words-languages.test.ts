// Everything main says, in each of the six languages: the tray menu model, the status lines, the
// reminder notice and the doctor's report, plus the plurals for 0, 1, 2, 5 and 11. Expectations
// are worked out from the raw catalogs with Intl (tests/support/icu-oracle.ts), never copied from
// main's output; a language whose words fell back to English would fail.
import { describe, expect, it } from 'vitest';
import { REMINDER_BODIES, reminderNotice } from '../../../../src/main/core/notifier';
import { statusLine } from '../../../../src/main/core/status-text';
import { buildTrayMenu, type MenuItemModel, trayTooltip } from '../../../../src/main/core/tray-menu';
import { buildReport, type DoctorFacts, formatReport } from '../../../../src/main/doctor/report';
import type { ReminderStatus } from '../../../../src/shared/app-state';
import { RAW_CATALOGS } from '../../../../src/shared/i18n/all-catalogs';
import { LANGUAGES, type Language } from '../../../../src/shared/i18n/languages';
import { expected } from '../../../support/icu-oracle';
import { wordsFor } from '../../../support/words';

const main = (lang: Language) => RAW_CATALOGS[lang].main as Record<string, string>;
const time = (lang: Language) => RAW_CATALOGS[lang].time as Record<string, string>;
/** The translator for `lang` on a system that prefers only it (its locale is the bare language). */
const words = (lang: Language) => wordsFor(lang, []);
const OTHERS = LANGUAGES.filter((l) => l !== 'en');

// Monday 1 June 2026, 09:30 UTC.
const now = Date.parse('2026-06-01T09:30:00Z');
const ctx = { timeZone: 'UTC', now };
const clock = (lang: Language, t: number) =>
  new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: 'UTC' }).format(t);

function outline(items: MenuItemModel[]): unknown[] {
  return items.map((i) =>
    i.kind === 'separator'
      ? '---'
      : i.kind === 'submenu'
        ? { [i.label]: outline(i.items) }
        : i.kind === 'action'
          ? [i.label, i.command]
          : `[${i.label}]`,
  );
}
function shape(items: MenuItemModel[]): unknown[] {
  return items.map((i) =>
    i.kind === 'submenu' ? { submenu: shape(i.items) } : i.kind === 'action' ? i.command : i.kind,
  );
}

describe.each(LANGUAGES)('%s', (lang) => {
  const tr = words(lang);
  const m = main(lang);
  const say = (id: string, values: Record<string, string | number> = {}) => expected(m[id] as string, lang, values);

  it('the tray menu: every item in the language, in the same places, doing the same things as in English', () => {
    const menu = buildTrayMenu(tr, { reminder: { kind: 'off' } }, ctx);
    expect(shape(menu)).toEqual(shape(buildTrayMenu(words('en'), { reminder: { kind: 'off' } }, ctx)));
    expect(outline(menu)).toEqual([
      `[${say('main.status.off')}]`,
      '---',
      {
        [say('main.tray.takeAPause')]: [
          [say('main.tray.short'), { type: 'break', which: 'short' }],
          [say('main.tray.breathe', { count: 1 }), { type: 'break', which: 'breathe' }],
          [say('main.tray.threeBreaths'), { type: 'break', which: 'three-breaths' }],
          [say('main.tray.compassion'), { type: 'break', which: 'compassion' }],
        ],
      },
      {
        [say('main.tray.quiet')]: [
          [say('main.tray.quietForMinutes', { count: 30 }), { type: 'pause', for: '30m' }],
          [say('main.tray.quietForHours', { count: 1 }), { type: 'pause', for: '1h' }],
          [say('main.tray.quietForHours', { count: 2 }), { type: 'pause', for: '2h' }],
          [say('main.tray.quietUntilTomorrow'), { type: 'pause', for: 'tomorrow' }],
        ],
      },
      '---',
      [say('main.tray.read'), { type: 'open', route: '#/read' }],
      [say('main.tray.crisis'), { type: 'open', route: '#/crisis' }],
      [say('main.tray.settings'), { type: 'open', route: '#/settings' }],
      [say('main.tray.about'), { type: 'open', route: '#/about' }],
      '---',
      [say('main.tray.quit'), { type: 'quit' }],
    ]);
    const paused = buildTrayMenu(tr, { reminder: { kind: 'paused', until: null } }, ctx);
    expect(paused[3]).toEqual({
      kind: 'submenu',
      label: say('main.tray.quiet'),
      items: [{ kind: 'action', label: say('main.tray.resume'), command: { type: 'resume' } }],
    });
  });

  it('status lines and the tooltip name the time in the language, with the day when it is not today', () => {
    const today = Date.parse('2026-06-01T14:00:00Z');
    const tomorrow = Date.parse('2026-06-02T08:00:00Z');
    const thursday = Date.parse('2026-06-04T08:00:00Z');
    const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(thursday);
    const cases: [ReminderStatus, string][] = [
      [
        { kind: 'waiting', nextAt: today },
        say('main.status.next', { day: 'today', time: clock(lang, today), date: '' }),
      ],
      [
        { kind: 'waiting', nextAt: thursday },
        say('main.status.next', { day: 'week', time: clock(lang, thursday), date: weekday }),
      ],
      [
        { kind: 'snoozed', until: tomorrow },
        say('main.status.snoozed', { day: 'tomorrow', time: clock(lang, tomorrow), date: '' }),
      ],
      [
        { kind: 'paused', until: tomorrow },
        say('main.status.quietUntil', { day: 'tomorrow', time: clock(lang, tomorrow), date: '' }),
      ],
      [{ kind: 'paused', until: null }, say('main.status.quiet')],
      [{ kind: 'due' }, say('main.status.due')],
      [{ kind: 'outside-hours' }, say('main.status.outsideHours')],
      [{ kind: 'away' }, say('main.status.away')],
      [{ kind: 'held', reason: 'call' }, say('main.status.held.call')],
      [{ kind: 'held', reason: 'fullscreen' }, say('main.status.held.fullscreen')],
      [{ kind: 'held', reason: 'dnd' }, say('main.status.held.dnd')],
      [{ kind: 'practising' }, say('main.status.practising')],
      [{ kind: 'waiting', nextAt: Number.NaN }, say('main.status.on')],
      [{ kind: 'snoozed', until: Number.NaN }, say('main.status.snoozedLater')],
    ];
    for (const [status, line] of cases) {
      expect(statusLine(tr, status, ctx)).toBe(line);
      expect(trayTooltip(tr, { reminder: status }, ctx)).toBe(say('main.tray.tooltip', { status: line }));
    }
    // The time words themselves (History, Settings) come from the same language.
    expect(expected(time(lang)['time.today'] as string, lang, {})).not.toBe('');
  });

  it('the reminder notice: title, every body in turn, and its buttons', () => {
    for (let n = 0; n < REMINDER_BODIES.length; n++) {
      const notice = reminderNotice(tr, n, 60_000);
      expect(notice).toEqual({
        title: say('main.notice.title'),
        body: say(REMINDER_BODIES[n] as string),
        startLabel: say('main.notice.start'),
        snoozeLabel: say('main.notice.later'),
        skipLabel: say('main.notice.skip'),
        closeLabel: say('main.notice.close'),
        expireMs: 60_000,
      });
    }
  });

  it('the doctor’s report: title, labels and how many things there are to know', () => {
    const facts: DoctorFacts = {
      session: { type: 'x11', desktop: 'KDE' },
      notifications: { via: 'none', server: null, actions: false },
      tray: { host: false },
      idle: { source: 'none', trusted: false },
      lock: { source: 'logind' },
      dbus: { session: true, system: true },
    };
    const report = buildReport(tr, facts);
    expect(report.problems).toEqual([
      say('main.doctor.problem.noNotifications'),
      say('main.doctor.problem.noTrayHost'),
      say('main.doctor.problem.idleUntrusted'),
    ]);
    const text = formatReport(tr, report);
    expect(text.split('\n')[0]).toBe(say('main.doctor.title'));
    expect(text).toContain(say('main.doctor.thingsToKnow', { count: 3 }));
    expect(text).toContain(say('main.doctor.notifications.none'));
    const one = formatReport(
      tr,
      buildReport(tr, { ...facts, tray: { host: true }, idle: { source: 'x', trusted: true } }),
    );
    expect(one).toContain(say('main.doctor.thingsToKnow', { count: 1 }));
  });
});

describe.each(OTHERS)('%s is really translated', (lang) => {
  it('no tray item, status line or notice reads as the English one', () => {
    const en = words('en');
    const tr = words(lang);
    const all = (items: MenuItemModel[]): string[] =>
      items.flatMap((i) =>
        i.kind === 'separator' ? [] : i.kind === 'submenu' ? [i.label, ...all(i.items)] : [i.label],
      );
    const labels = (t: typeof tr) =>
      all(buildTrayMenu(t, { reminder: { kind: 'waiting', nextAt: now + 3_600_000 } }, ctx));
    const english = new Set(labels(en));
    for (const label of labels(tr)) expect(english.has(label), label).toBe(false);
    for (let n = 0; n < REMINDER_BODIES.length; n++) {
      const a = reminderNotice(en, n, 1);
      const b = reminderNotice(tr, n, 1);
      for (const k of ['title', 'body', 'startLabel', 'snoozeLabel', 'skipLabel'] as const) expect(b[k]).not.toBe(a[k]);
    }
  });
});

/** Every message of main's areas that counts something, with the counts it is given. */
const COUNTED: [string, Record<string, number>, string][] = [
  ['main.tray.breathe', {}, 'count'],
  ['main.tray.quietForMinutes', {}, 'count'],
  ['main.tray.quietForHours', {}, 'count'],
  ['main.history.damaged', {}, 'count'],
  ['main.history.dropped', { count: 3 }, 'dropped'],
  ['main.history.dropped', { dropped: 3 }, 'count'],
  ['main.doctor.thingsToKnow', {}, 'count'],
];
const COUNTS = [0, 1, 2, 5, 11];

describe('plurals for 0, 1, 2, 5 and 11 in every language', () => {
  it.each(LANGUAGES.flatMap((lang) => COUNTED.map(([id, rest, arg]) => [lang, id, arg, rest] as const)))(
    '%s %s (%s)',
    (lang, id, arg, rest) => {
      const tr = words(lang);
      for (const n of COUNTS) {
        const values = { ...rest, [arg]: n };
        expect(tr.t(id as never, values), `${n}`).toBe(expected(main(lang)[id] as string, lang, values));
      }
    },
  );

  it('Arabic has a different form for each of zero, one, two, few and many (CLDR), and other for 100', () => {
    expect(COUNTS.map((n) => new Intl.PluralRules('ar').select(n))).toEqual(['zero', 'one', 'two', 'few', 'many']);
    expect(new Intl.PluralRules('ar').select(100)).toBe('other');
    const ar = words('ar');
    for (const id of ['main.tray.quietForMinutes', 'main.tray.quietForHours', 'main.history.damaged']) {
      const said = [...COUNTS, 100].map((n) => ar.t(id as never, { count: n }));
      expect(new Set(said).size, id).toBe(6);
    }
    // One and two are words of their own, not a number with a noun.
    expect(ar.t('main.tray.quietForHours', { count: 1 })).not.toMatch(/\d/);
    expect(ar.t('main.tray.quietForHours', { count: 2 })).not.toMatch(/\d/);
    expect(ar.t('main.tray.quietForHours', { count: 5 })).toMatch(/5/);
  });

  it('Japanese has one form; German and English two; Spanish and French say 1 as singular', () => {
    const one = (lang: Language) => words(lang).t('main.tray.quietForHours', { count: 1 });
    const two = (lang: Language) => words(lang).t('main.tray.quietForHours', { count: 2 });
    expect(one('ja').replace('1', '2')).toBe(two('ja'));
    for (const lang of ['en', 'de', 'es', 'fr'] as const) expect(one(lang).replace('1', '2')).not.toBe(two(lang));
  });
});

describe('the pseudo-language: nothing main says bypasses the catalog', () => {
  // Pseudo-text is accented and bracketed; a plain English word would be one that did not come
  // from the catalog.
  const pseudo = wordsFor('en-XA');
  const fromCatalog = (text: string) => expect(text, text).toMatch(/^\[.*\]$/su);

  it('every tray label, every status line, the tooltip, the notice and the doctor’s sentences', () => {
    const all = (items: MenuItemModel[]): string[] =>
      items.flatMap((i) =>
        i.kind === 'separator' ? [] : i.kind === 'submenu' ? [i.label, ...all(i.items)] : [i.label],
      );
    const states: ReminderStatus[] = [
      { kind: 'waiting', nextAt: now + 86_400_000 },
      { kind: 'paused', until: now + 3_600_000 },
      { kind: 'held', reason: 'dnd' },
    ];
    for (const reminder of states) {
      for (const label of all(buildTrayMenu(pseudo, { reminder }, ctx))) fromCatalog(label);
      fromCatalog(trayTooltip(pseudo, { reminder }, ctx));
    }
    const notice = reminderNotice(pseudo, 0, 1);
    for (const text of [notice.title, notice.body, notice.startLabel, notice.snoozeLabel, notice.skipLabel])
      fromCatalog(text);
    const report = buildReport(pseudo, {
      session: { type: 'tty', desktop: null },
      notifications: { via: 'none', server: null, actions: false },
      tray: { host: null },
      idle: { source: 'none', trusted: false },
      lock: { source: 'none' },
      dbus: { session: false, system: false },
    });
    for (const p of report.problems) fromCatalog(p);
    for (const line of formatReport(pseudo, report)
      .split('\n')
      .filter((l) => l.trim() !== ''))
      expect(line).toMatch(/\[/);
  });
});
