// What Attune finds on this desktop, as plain facts (the same words for the doctor's report,
// the tray and Settings). Pure: no Electron, no Node, no DOM.

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

/** What the person reads for each note: what is so, and what they can do. */
export const DESKTOP_NOTES: Record<DesktopNoteId, string> = {
  'no-notifications':
    'Attune can’t show notifications on this desktop: no notification service answers. Reminders still come — ' +
    'the Attune icon changes and its menu offers the pause. To see them as notifications, run a notification ' +
    'service (your desktop’s own, or one like dunst or mako), then restart Attune.',
  'no-actions':
    'Your notification service shows reminders without buttons. Click a reminder, or choose a pause from the ' +
    'Attune menu in the tray, to begin.',
  'idle-untrusted':
    'This desktop doesn’t tell Attune how long you have been away from the keyboard, so natural breaks and ' +
    'waiting for a pause in your typing are off. Reminders still come on time.',
  'no-tray-host':
    'This desktop shows no tray icons, so Attune’s icon isn’t visible. To reach Attune, open it again from ' +
    'your applications: that opens Settings. On GNOME, the “AppIndicator and KStatusNotifierItem Support” ' +
    'extension brings tray icons back.',
};

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
export function trayDesktopLine(state: DesktopState | undefined): string | null {
  return state?.notifications?.via === 'none' ? 'Notifications can’t be shown — reminders appear here' : null;
}
