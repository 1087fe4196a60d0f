// What Attune finds on this desktop, as plain facts (the same words for the doctor's report,
// the tray and Settings). Pure: no Electron, no Node, no DOM.
import type { MessageId, Translator } from './i18n/translator';

/** How reminders reach the person. */
export type NotificationVia = 'dbus' | 'notify-send' | 'node-notifier' | 'electron' | 'none';

export interface NotificationRoute {
  via: NotificationVia;
  /** The server's name from GetServerInformation (e.g. "dunst"); null where it can't be told. */
  server: string | null;
  /** Whether reminders carry buttons (Start, a snooze, Skip). */
  actions: boolean;
}

/** What the windows and the tray need to say about the desktop. */
export interface DesktopState {
  /** null until Attune has looked (a moment after start). */
  notifications: NotificationRoute | null;
  /** False: idle time can't be trusted here, so natural breaks and the typing lull are off. */
  idleTrusted: boolean;
  /** Whether a tray host shows Attune's icon; null where it can't be told. */
  trayHost: boolean | null;
}

export type DesktopNoteId = 'no-notifications' | 'no-actions' | 'idle-untrusted' | 'no-tray-host';

/** What the person reads for each note (the `errors` catalog, loaded in every window): what is so, and what they can do. */
export const DESKTOP_NOTES: Readonly<Record<DesktopNoteId, Extract<MessageId, `errors.desktop.${string}`>>> = {
  'no-notifications': 'errors.desktop.noNotifications',
  'no-actions': 'errors.desktop.noActions',
  'idle-untrusted': 'errors.desktop.idleUntrusted',
  'no-tray-host': 'errors.desktop.noTrayHost',
};

/** A note's sentences in the translator's language. */
export function desktopNoteText(tr: Translator, id: DesktopNoteId): string {
  return tr.t(DESKTOP_NOTES[id]);
}

/** The notes that apply to `state`, most important first. */
export function desktopNotes(state: DesktopState | undefined): DesktopNoteId[] {
  if (!state) return [];
  const notes: DesktopNoteId[] = [];
  const n = state.notifications;
  if (n?.via === 'none') notes.push('no-notifications');
  else if (n?.via === 'dbus' && !n.actions) notes.push('no-actions');
  if (state.trayHost === false) notes.push('no-tray-host');
  if (!state.idleTrusted) notes.push('idle-untrusted');
  return notes;
}

/** The tray's extra status line, when there is something the person needs to know there. */
export function trayDesktopLine(tr: Translator, state: DesktopState | undefined): string | null {
  return state?.notifications?.via === 'none' ? tr.t('errors.desktop.trayLine') : null;
}
