// App state → the tray menu, as plain data. The tray adapter turns this into an Electron Menu;
// keeping it pure means every state's menu is tested without Electron.
import { type AppState, PAUSE_CHOICES, type PauseChoice } from '../../shared/app-state';
import { trayDesktopLine } from '../../shared/desktop';
import type { MessageId, Translator } from '../../shared/i18n/translator';
import type { Command } from './commands';
import { type StatusTime, statusLine } from './status-text';

export type MenuItemModel =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; label: string; command: Command }
  | { kind: 'submenu'; label: string; items: MenuItemModel[] };

/** The tray's words, by what each item does (ids in the `main` catalog). "Pause" means the practice only. */
export const TRAY_WORDS = {
  takeAPause: 'main.tray.takeAPause',
  short: 'main.tray.short',
  breathe: 'main.tray.breathe',
  threeBreaths: 'main.tray.threeBreaths',
  compassion: 'main.tray.compassion',
  quiet: 'main.tray.quiet',
  resume: 'main.tray.resume',
  read: 'main.tray.read',
  crisis: 'main.tray.crisis',
  settings: 'main.tray.settings',
  about: 'main.tray.about',
  quit: 'main.tray.quit',
} as const satisfies Record<string, MessageId>;

/** How long one minute of breathing lasts (the "Breathe" quick pause), for its label. */
const BREATHE_MINUTES = 1;

/** Each way to quiet reminders, in the translator's language ("For 30 minutes", "Until tomorrow"). */
export function quietForLabel(tr: Translator, choice: PauseChoice): string {
  switch (choice) {
    case '30m':
      return tr.t('main.tray.quietForMinutes', { count: 30 });
    case '1h':
      return tr.t('main.tray.quietForHours', { count: 1 });
    case '2h':
      return tr.t('main.tray.quietForHours', { count: 2 });
    case 'tomorrow':
      return tr.t('main.tray.quietUntilTomorrow');
  }
}

/** Every label of the tray (not the status lines) in `tr`'s language, by what each item does. */
export function trayWords(tr: Translator) {
  const w = (id: keyof typeof TRAY_WORDS) => tr.t(TRAY_WORDS[id]);
  return {
    takeAPause: w('takeAPause'),
    short: w('short'),
    breathe: tr.t(TRAY_WORDS.breathe, { count: BREATHE_MINUTES }),
    threeBreaths: w('threeBreaths'),
    compassion: w('compassion'),
    quiet: w('quiet'),
    quietFor: Object.fromEntries(PAUSE_CHOICES.map((c) => [c, quietForLabel(tr, c)])) as Record<PauseChoice, string>,
    resume: w('resume'),
    read: w('read'),
    crisis: w('crisis'),
    settings: w('settings'),
    about: w('about'),
    quit: w('quit'),
  };
}

/** The tray menu for `state`, in the translator's language. */
export function buildTrayMenu(tr: Translator, state: AppState, time?: StatusTime): MenuItemModel[] {
  const quiet = state.reminder.kind === 'paused';
  const w = trayWords(tr);
  const quietItems: MenuItemModel[] = quiet
    ? [{ kind: 'action', label: w.resume, command: { type: 'resume' } }]
    : PAUSE_CHOICES.map((choice) => ({
        kind: 'action',
        label: w.quietFor[choice],
        command: { type: 'pause', for: choice },
      }));
  const desktopLine = trayDesktopLine(tr, state.desktop);
  return [
    { kind: 'status', label: statusLine(tr, state.reminder, time) },
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
export function trayTooltip(tr: Translator, state: AppState, time?: StatusTime): string {
  return tr.t('main.tray.tooltip', { status: statusLine(tr, state.reminder, time) });
}

/**
 * The icon: a small honey-coloured dot (never red, never a number) while a pause is offered, so a
 * person who let the notification pass can still find it; it asks nothing and goes by itself.
 */
export function trayIconVariant(state: AppState): 'normal' | 'due' {
  return state.reminder.kind === 'due' ? 'due' : 'normal';
}
