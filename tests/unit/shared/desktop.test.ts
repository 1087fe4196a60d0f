// The desktop facts as the person reads them: which notes apply, the tray's line, the voice.
import { describe, expect, it } from 'vitest';
import { buildTrayMenu } from '../../../src/main/core/tray-menu';
import {
  DESKTOP_NOTES,
  type DesktopState,
  desktopNotes,
  desktopNoteText,
  trayDesktopLine,
} from '../../../src/shared/desktop';
import { english } from '../../support/words';

const EN = english();

const fine: DesktopState = {
  notifications: { via: 'dbus', server: 'dunst', actions: true },
  idleTrusted: true,
  trayHost: true,
};

describe('desktop notes', () => {
  it('a desktop where everything works has nothing to say, nor does the web preview', () => {
    expect(desktopNotes(fine)).toEqual([]);
    expect(desktopNotes(undefined)).toEqual([]);
    expect(trayDesktopLine(EN, fine)).toBeNull();
  });

  it('says what is missing, most important first', () => {
    const state: DesktopState = {
      notifications: { via: 'none', server: null, actions: false },
      idleTrusted: false,
      trayHost: false,
    };
    expect(desktopNotes(state)).toEqual(['no-notifications', 'no-tray-host', 'idle-untrusted']);
    expect(desktopNotes({ ...fine, notifications: { via: 'dbus', server: 'x', actions: false } })).toEqual([
      'no-actions',
    ]);
    // Can't tell whether a tray shows (X11 without a watcher): no note rather than a wrong one.
    expect(desktopNotes({ ...fine, trayHost: null })).toEqual([]);
  });

  it('with no way to show a notification, the tray says so under its status', () => {
    const none: DesktopState = { ...fine, notifications: { via: 'none', server: null, actions: false } };
    const menu = buildTrayMenu(EN, { reminder: { kind: 'due' }, desktop: none });
    expect(menu.slice(0, 3)).toEqual([
      { kind: 'status', label: 'A pause is here, if you like' },
      { kind: 'status', label: 'Notifications can’t be shown — reminders appear here' },
      { kind: 'separator' },
    ]);
    expect(buildTrayMenu(EN, { reminder: { kind: 'due' }, desktop: fine })[1]).toEqual({ kind: 'separator' });
  });

  it('every note says what to do, in Attune’s voice', () => {
    for (const text of [
      ...Object.values(DESKTOP_NOTES).map((id) => EN.t(id)),
      trayDesktopLine(EN, { ...fine, notifications: { via: 'none', server: null, actions: false } }),
    ]) {
      expect(text).not.toMatch(/!|\b(should|failed|missed|streak|due|deep|big)\b/i);
    }
    expect(desktopNoteText(EN, 'no-tray-host')).toMatch(/open it again/);
    expect(desktopNoteText(EN, 'no-notifications')).toMatch(/run a notification service/);
  });
});
