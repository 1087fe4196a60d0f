// App state → the tray menu, as plain data. The tray adapter turns this into an Electron Menu;
// keeping it pure means every state's menu is tested without Electron.
import type { AppState } from '../../shared/app-state';
import { trayDesktopLine } from '../../shared/desktop';
import type { Command } from './commands';
import { type StatusTime, statusLine } from './status-text';

export type MenuItemModel =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; label: string; command: Command }
  | { kind: 'submenu'; label: string; items: MenuItemModel[] };

/** The tray's words, by what each item does. "Pause" means the practice only. */
export const TRAY_WORDS = {
  takeAPause: 'Take a pause now',
  short: 'A short pause — breathing and a kind word',
  breathe: 'Breathe — 1 minute',
  threeBreaths: 'Three breaths',
  compassion: 'Self-compassion break — a few minutes',
  quiet: 'Quiet reminders',
  quietFor: { '30m': 'For 30 minutes', '1h': 'For 1 hour', '2h': 'For 2 hours', tomorrow: 'Until tomorrow' },
  resume: 'Turn reminders back on',
  read: 'Read: Forget Loving Yourself…',
  crisis: 'If you are in crisis…',
  settings: 'Settings…',
  about: 'About Attune',
  quit: 'Quit',
} as const;

export function buildTrayMenu(state: AppState, time?: StatusTime): MenuItemModel[] {
  const quiet = state.reminder.kind === 'paused';
  const w = TRAY_WORDS;
  const quietItems: MenuItemModel[] = quiet
    ? [{ kind: 'action', label: w.resume, command: { type: 'resume' } }]
    : (['30m', '1h', '2h', 'tomorrow'] as const).map((choice) => ({
        kind: 'action',
        label: w.quietFor[choice],
        command: { type: 'pause', for: choice },
      }));
  const desktopLine = trayDesktopLine(state.desktop);
  return [
    { kind: 'status', label: statusLine(state.reminder, time) },
    // Nothing can show a notification here: say so where the reminders then appear.
    ...(desktopLine ? [{ kind: 'status', label: desktopLine } as const] : []),
    { kind: 'separator' },
    {
      kind: 'submenu',
      label: w.takeAPause,
      items: [
        { kind: 'action', label: w.short, command: { type: 'break', which: 'short' } },
        { kind: 'action', label: w.breathe, command: { type: 'break', which: 'breathe' } },
        { kind: 'action', label: w.threeBreaths, command: { type: 'break', which: 'three-breaths' } },
        { kind: 'action', label: w.compassion, command: { type: 'break', which: 'compassion' } },
      ],
    },
    { kind: 'submenu', label: w.quiet, items: quietItems },
    { kind: 'separator' },
    { kind: 'action', label: w.read, command: { type: 'open', route: '#/read' } },
    { kind: 'action', label: w.crisis, command: { type: 'open', route: '#/crisis' } },
    { kind: 'action', label: w.settings, command: { type: 'open', route: '#/settings' } },
    { kind: 'action', label: w.about, command: { type: 'open', route: '#/about' } },
    { kind: 'separator' },
    { kind: 'action', label: w.quit, command: { type: 'quit' } },
  ];
}

/** The tooltip: the app name, plus the status when there is something to say. */
export function trayTooltip(state: AppState, time?: StatusTime): string {
  return `Attune — ${statusLine(state.reminder, time)}`;
}

/**
 * The icon: a small honey-coloured dot (never red, never a number) while a pause is offered, so a
 * person who let the notification pass can still find it; it asks nothing and goes by itself.
 */
export function trayIconVariant(state: AppState): 'normal' | 'due' {
  return state.reminder.kind === 'due' ? 'due' : 'normal';
}
