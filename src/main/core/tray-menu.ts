// App state → the tray menu, as plain data. The tray adapter turns this into an Electron Menu;
// keeping it pure means every state's menu is tested without Electron.
import type { AppState } from '../../shared/app-state';
import { trayDesktopLine } from '../../shared/desktop';
import type { Command } from './commands';
import { statusLine } from './status-text';

export type MenuItemModel =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; label: string; command: Command }
  | { kind: 'submenu'; label: string; items: MenuItemModel[] };

export function buildTrayMenu(state: AppState, timeZone?: string): MenuItemModel[] {
  const paused = state.reminder.kind === 'paused';
  const pauseItems: MenuItemModel[] = paused
    ? [{ kind: 'action', label: 'Resume reminders', command: { type: 'resume' } }]
    : [
        { kind: 'action', label: '30 minutes', command: { type: 'pause', for: '30m' } },
        { kind: 'action', label: '1 hour', command: { type: 'pause', for: '1h' } },
        { kind: 'action', label: '2 hours', command: { type: 'pause', for: '2h' } },
        { kind: 'action', label: 'Until tomorrow', command: { type: 'pause', for: 'tomorrow' } },
      ];
  const desktopLine = trayDesktopLine(state.desktop);
  return [
    { kind: 'status', label: statusLine(state.reminder, timeZone) },
    // Nothing can show a notification here: say so where the reminders then appear.
    ...(desktopLine ? [{ kind: 'status', label: desktopLine } as const] : []),
    { kind: 'separator' },
    {
      kind: 'submenu',
      label: 'Take a pause now',
      items: [
        { kind: 'action', label: 'Breathe — 1 minute', command: { type: 'break', which: 'breathe' } },
        {
          kind: 'action',
          label: 'Self-compassion break — 3 minutes',
          command: { type: 'break', which: 'compassion' },
        },
        { kind: 'action', label: 'Three breaths', command: { type: 'break', which: 'three-breaths' } },
      ],
    },
    { kind: 'submenu', label: 'Pause reminders', items: pauseItems },
    { kind: 'separator' },
    { kind: 'action', label: 'Read: Forget Loving Yourself…', command: { type: 'open', route: '#/read' } },
    { kind: 'action', label: 'Settings…', command: { type: 'open', route: '#/settings' } },
    { kind: 'action', label: 'About Attune', command: { type: 'open', route: '#/about' } },
    { kind: 'separator' },
    { kind: 'action', label: 'Quit', command: { type: 'quit' } },
  ];
}

/** The tooltip: the app name, plus the status when there is something to say. */
export function trayTooltip(state: AppState, timeZone?: string): string {
  return `Attune — ${statusLine(state.reminder, timeZone)}`;
}

export function trayIconVariant(state: AppState): 'normal' | 'due' {
  return state.reminder.kind === 'due' ? 'due' : 'normal';
}
