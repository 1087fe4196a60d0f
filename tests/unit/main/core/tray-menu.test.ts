// The tray menu model for every reminder state: order and labels of every item, and nothing in
// the menu that does nothing (every item but the status line carries a command).
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/main/core/commands';
import { buildTrayMenu, type MenuItemModel, trayIconVariant, trayTooltip } from '../../../../src/main/core/tray-menu';
import type { AppState, ReminderStatus } from '../../../../src/shared/app-state';

const TZ = 'UTC';
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
  'Take a pause now': ['Breathe — 1 minute', 'Self-compassion break — 3 minutes', 'Three breaths'],
};
const PAUSE_CHOICES = { 'Pause reminders': ['30 minutes', '1 hour', '2 hours', 'Until tomorrow'] };
const RESUME = { 'Pause reminders': ['Resume reminders'] };
const TAIL = ['---', 'Read: Forget Loving Yourself…', 'Settings…', 'About Attune', '---', 'Quit'];

const cases: [string, ReminderStatus, string, object][] = [
  ['waiting', { kind: 'waiting', nextAt: at('14:30') }, 'Next pause at 14:30', PAUSE_CHOICES],
  ['due', { kind: 'due' }, 'Pause due', PAUSE_CHOICES],
  ['snoozed', { kind: 'snoozed', until: at('09:05') }, 'Snoozed until 09:05', PAUSE_CHOICES],
  ['paused until a time', { kind: 'paused', until: at('16:45') }, 'Reminders paused until 16:45', RESUME],
  ['paused indefinitely', { kind: 'paused', until: null }, 'Reminders paused', RESUME],
  ['outside active hours', { kind: 'outside-hours' }, 'Outside your active hours', PAUSE_CHOICES],
  ['reminders off', { kind: 'off' }, 'Reminders off', PAUSE_CHOICES],
  ['practising', { kind: 'practising' }, 'Pausing now', PAUSE_CHOICES],
];

describe('buildTrayMenu', () => {
  it.each(cases)('%s: every item, in order', (_name, reminder, status, pauseMenu) => {
    expect(outline(buildTrayMenu(state(reminder), TZ))).toEqual([
      `[${status}]`,
      '---',
      TAKE_A_PAUSE,
      pauseMenu,
      ...TAIL,
    ]);
  });

  it.each(cases)('%s: every item except the status line has a command', (_name, reminder) => {
    const menu = buildTrayMenu(state(reminder), TZ);
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
    const running = commands(buildTrayMenu(state({ kind: 'waiting', nextAt: at('10:00') }), TZ));
    expect(running).toEqual([
      ['Breathe — 1 minute', { type: 'break', which: 'breathe' }],
      ['Self-compassion break — 3 minutes', { type: 'break', which: 'compassion' }],
      ['Three breaths', { type: 'break', which: 'three-breaths' }],
      ['30 minutes', { type: 'pause', for: '30m' }],
      ['1 hour', { type: 'pause', for: '1h' }],
      ['2 hours', { type: 'pause', for: '2h' }],
      ['Until tomorrow', { type: 'pause', for: 'tomorrow' }],
      ['Read: Forget Loving Yourself…', { type: 'open', route: '#/read' }],
      ['Settings…', { type: 'open', route: '#/settings' }],
      ['About Attune', { type: 'open', route: '#/about' }],
      ['Quit', { type: 'quit' }],
    ]);
    const paused = commands(buildTrayMenu(state({ kind: 'paused', until: null }), TZ));
    expect(paused.find(([label]) => label === 'Resume reminders')?.[1]).toEqual({ type: 'resume' });
    expect(paused.some(([, c]) => c.type === 'pause')).toBe(false);
  });

  it('shows times in the given time zone, on a 24-hour clock', () => {
    const menu = buildTrayMenu(state({ kind: 'waiting', nextAt: at('23:15') }), 'Asia/Tokyo');
    expect(menu[0]).toEqual({ kind: 'status', label: 'Next pause at 08:15' });
  });

  it('is rebuilt from state alone: the same state gives the same menu', () => {
    const s = state({ kind: 'snoozed', until: at('11:11') });
    expect(buildTrayMenu(s, TZ)).toEqual(buildTrayMenu(s, TZ));
  });
});

describe('tray tooltip and icon', () => {
  it('the tooltip names Attune and the status', () => {
    expect(trayTooltip(state({ kind: 'due' }), TZ)).toBe('Attune — Pause due');
    expect(trayTooltip(state({ kind: 'waiting', nextAt: at('14:30') }), TZ)).toBe('Attune — Next pause at 14:30');
  });

  it('only a due pause shows the due icon', () => {
    for (const [, reminder] of cases)
      expect(trayIconVariant(state(reminder))).toBe(reminder.kind === 'due' ? 'due' : 'normal');
  });
});

describe('while a reminder waits for the person to be free', () => {
  it('the status line and tooltip say so kindly, without naming an app; the quick pauses stay offered; no due icon', () => {
    const state = { reminder: { kind: 'held', reason: 'call' } } as AppState;
    const menu = buildTrayMenu(state);
    expect(menu[0]).toEqual({ kind: 'status', label: 'You seem to be in a call — your pause waits until it ends' });
    expect(trayTooltip(state)).toBe('Attune — You seem to be in a call — your pause waits until it ends');
    expect(menu.find((i) => i.kind === 'submenu' && i.label === 'Take a pause now')).toBeTruthy();
    expect(trayIconVariant(state)).toBe('normal');
    for (const reason of ['fullscreen', 'dnd'] as const) {
      const line = (buildTrayMenu({ reminder: { kind: 'held', reason } } as AppState)[0] as { label: string }).label;
      expect(line).toMatch(/your pause waits/);
      expect(line).not.toMatch(/should|missed|due|!/i);
    }
  });
});
