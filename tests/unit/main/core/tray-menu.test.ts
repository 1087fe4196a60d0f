// The tray menu model for every reminder state: order and labels of every item, and nothing in
// the menu that does nothing (every item but the status line carries a command).
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/main/core/commands';
import { buildTrayMenu, type MenuItemModel, trayIconVariant, trayTooltip } from '../../../../src/main/core/tray-menu';
import type { AppState, ReminderStatus } from '../../../../src/shared/app-state';
import { english } from '../../../support/words';

const EN = english();

const TZ = { timeZone: 'UTC', regional: 'en-GB', now: Date.parse('2030-01-07T08:00:00Z') };
const at = (hhmm: string) => Date.parse(`2030-01-07T${hhmm}:00Z`);
const state = (reminder: ReminderStatus): AppState => ({ reminder });

/** A readable outline of a menu: labels, '---' for separators, nested arrays for submenus. */
function outline(items: MenuItemModel[]): unknown[] {
  return items.map((i) => {
    switch (i.kind) {
      case 'separator':
        return '---';
      case 'status':
        return `[${i.label}]`;
      case 'action':
        return i.label;
      default:
        return { [i.label]: outline(i.items) };
    }
  });
}

function commands(items: MenuItemModel[]): [string, Command][] {
  return items.flatMap((i): [string, Command][] => {
    if (i.kind === 'action') return [[i.label, i.command]];
    if (i.kind === 'submenu') return commands(i.items);
    return [];
  });
}

const TAKE_A_PAUSE = {
  'Take a pause now': [
    'A short pause — breathing and a kind word',
    'Breathe — 1 minute',
    'Three breaths',
    'Self-compassion break — a few minutes',
  ],
};
const PAUSE_CHOICES = { 'Quiet reminders': ['For 30 minutes', 'For 1 hour', 'For 2 hours', 'Until tomorrow'] };
const RESUME = { 'Quiet reminders': ['Turn reminders back on'] };
const TAIL = [
  '---',
  'Read: Forget Loving Yourself…',
  'If you are in crisis…',
  'Settings…',
  'About Attune',
  '---',
  'Quit',
];

const cases: [string, ReminderStatus, string, object][] = [
  ['waiting', { kind: 'waiting', nextAt: at('14:30') }, 'Next pause offered at 14:30', PAUSE_CHOICES],
  ['due', { kind: 'due' }, 'A pause is here, if you like', PAUSE_CHOICES],
  ['snoozed', { kind: 'snoozed', until: at('09:05') }, 'Offered again at 09:05', PAUSE_CHOICES],
  ['paused until a time', { kind: 'paused', until: at('16:45') }, 'Reminders quiet until 16:45', RESUME],
  ['paused indefinitely', { kind: 'paused', until: null }, 'Reminders quiet', RESUME],
  ['outside active hours', { kind: 'outside-hours' }, 'Outside your active hours', PAUSE_CHOICES],
  ['reminders off', { kind: 'off' }, 'Reminders off', PAUSE_CHOICES],
  ['practising', { kind: 'practising' }, 'Taking a pause', PAUSE_CHOICES],
];

describe('buildTrayMenu', () => {
  it.each(cases)('%s: every item, in order', (_name, reminder, status, pauseMenu) => {
    expect(outline(buildTrayMenu(EN, state(reminder), TZ))).toEqual([
      `[${status}]`,
      '---',
      TAKE_A_PAUSE,
      pauseMenu,
      ...TAIL,
    ]);
  });

  it.each(cases)('%s: every item except the status line has a command', (_name, reminder) => {
    const menu = buildTrayMenu(EN, state(reminder), TZ);
    expect(menu[0]?.kind).toBe('status');
    const walk = (items: MenuItemModel[], top: boolean): void => {
      items.forEach((item, index) => {
        if (item.kind === 'status') expect(top && index === 0, 'a status line below the top').toBe(true);
        else if (item.kind === 'action') expect(item.command.type).toBeTruthy();
        else if (item.kind === 'submenu') {
          expect(item.items.length).toBeGreaterThan(0);
          walk(item.items, false);
        }
      });
    };
    walk(menu, true);
  });

  it('each item runs the command its label promises', () => {
    const running = commands(buildTrayMenu(EN, state({ kind: 'waiting', nextAt: at('10:00') }), TZ));
    expect(running).toEqual([
      ['A short pause — breathing and a kind word', { type: 'break', which: 'short' }],
      ['Breathe — 1 minute', { type: 'break', which: 'breathe' }],
      ['Three breaths', { type: 'break', which: 'three-breaths' }],
      ['Self-compassion break — a few minutes', { type: 'break', which: 'compassion' }],
      ['For 30 minutes', { type: 'pause', for: '30m' }],
      ['For 1 hour', { type: 'pause', for: '1h' }],
      ['For 2 hours', { type: 'pause', for: '2h' }],
      ['Until tomorrow', { type: 'pause', for: 'tomorrow' }],
      ['Read: Forget Loving Yourself…', { type: 'open', route: '#/read' }],
      ['If you are in crisis…', { type: 'open', route: '#/crisis' }],
      ['Settings…', { type: 'open', route: '#/settings' }],
      ['About Attune', { type: 'open', route: '#/about' }],
      ['Quit', { type: 'quit' }],
    ]);
    const paused = commands(buildTrayMenu(EN, state({ kind: 'paused', until: null }), TZ));
    expect(paused.find(([label]) => label === 'Turn reminders back on')?.[1]).toEqual({ type: 'resume' });
    expect(paused.some(([, c]) => c.type === 'pause')).toBe(false);
  });

  it('shows times in the given time zone and the person’s hour cycle, naming another day', () => {
    const tokyo = { ...TZ, timeZone: 'Asia/Tokyo' };
    // 23:15 UTC on Monday is 08:15 on Tuesday in Tokyo, where "now" (08:00 UTC) is Monday 17:00.
    const menu = buildTrayMenu(EN, state({ kind: 'waiting', nextAt: at('23:15') }), tokyo);
    expect(menu[0]).toEqual({ kind: 'status', label: 'Next pause offered tomorrow, 08:15' });
    const us = buildTrayMenu(EN, state({ kind: 'waiting', nextAt: at('14:30') }), { ...TZ, regional: 'en-US' });
    expect(us[0]).toEqual({ kind: 'status', label: 'Next pause offered at 2:30 PM' });
  });

  it('is rebuilt from state alone: the same state gives the same menu', () => {
    const s = state({ kind: 'snoozed', until: at('11:11') });
    expect(buildTrayMenu(EN, s, TZ)).toEqual(buildTrayMenu(EN, s, TZ));
  });
});

describe('tray tooltip and icon', () => {
  it('the tooltip names Attune and the status', () => {
    expect(trayTooltip(EN, state({ kind: 'due' }), TZ)).toBe('Attune — A pause is here, if you like');
    expect(trayTooltip(EN, state({ kind: 'waiting', nextAt: at('14:30') }), TZ)).toBe(
      'Attune — Next pause offered at 14:30',
    );
  });

  it('only an offered pause shows the (honey, never red) dot icon', () => {
    for (const [, reminder] of cases)
      expect(trayIconVariant(state(reminder))).toBe(reminder.kind === 'due' ? 'due' : 'normal');
  });
});

describe('while a reminder waits for the person to be free', () => {
  it('the status line and tooltip say so kindly, without naming an app; the quick pauses stay offered; no due icon', () => {
    const state = { reminder: { kind: 'held', reason: 'call' } } as AppState;
    const menu = buildTrayMenu(EN, state);
    expect(menu[0]).toEqual({ kind: 'status', label: 'You seem to be in a call — your pause waits until it ends' });
    expect(trayTooltip(EN, state)).toBe('Attune — You seem to be in a call — your pause waits until it ends');
    expect(menu.find((i) => i.kind === 'submenu' && i.label === 'Take a pause now')).toBeTruthy();
    expect(trayIconVariant(state)).toBe('normal');
    for (const reason of ['fullscreen', 'dnd'] as const) {
      const line = (buildTrayMenu(EN, { reminder: { kind: 'held', reason } } as AppState)[0] as { label: string })
        .label;
      expect(line).toMatch(/your pause waits/);
      expect(line).not.toMatch(/should|missed|due|!/i);
    }
  });
});
