// The notification daemon the journeys talk to: dunst on a private D-Bus session under Xvfb,
// started by tools/test-e2e.sh. Reads what dunst received (`dunst -print`) and acts as the person:
// `dunstctl action 0` clicks the notice; `dunstctl context` opens its action menu, where the
// script test-e2e.sh gives dunst as dmenu picks the action written to ATTUNE_DMENU_PICK.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDunstLog, type SeenNotice } from '../../support/dunst-log';

/** What dunst received, as the journeys read it. */
export type Notice = SeenNotice;

const LOG = () => process.env.ATTUNE_DUNST_LOG ?? '';

export function dunstAvailable(): boolean {
  return Boolean(LOG() && process.env.ATTUNE_DMENU_PICK && process.env.DBUS_SESSION_BUS_ADDRESS);
}

/**
 * The daemon must still be the one test-e2e.sh started (its -print output is what the journeys
 * read). If it has gone, D-Bus would quietly start a default dunst in its place; say so instead.
 */
function assertOurDunst(): void {
  const pid = Number(process.env.ATTUNE_DUNST_PID);
  if (!pid) return;
  try {
    process.kill(pid, 0);
  } catch {
    throw new Error(`dunst (pid ${pid}, started by tools/test-e2e.sh) is no longer running: something stopped it`);
  }
}

const dunstctl = (...args: string[]) => execFileSync('dunstctl', args, { encoding: 'utf8' }).trim();

export class Dunst {
  private offset = 0;

  /** Clears the screen and forgets what was received before. */
  reset(): void {
    assertOurDunst();
    dunstctl('close-all');
    this.offset = readFileSync(LOG(), 'utf8').length;
  }
  /** Notifications received since the last reset. */
  received(): Notice[] {
    assertOurDunst();
    return parseDunstLog(readFileSync(LOG(), 'utf8').slice(this.offset));
  }
  displayed(): number {
    return Number(dunstctl('count', 'displayed'));
  }
  /** Clicks the notice on screen (its default action). */
  click(): void {
    dunstctl('action', '0');
  }
  /** Chooses one of the notice's actions by key (start, snooze, skip) from dunst's action menu. */
  choose(key: string): void {
    writeFileSync(process.env.ATTUNE_DMENU_PICK ?? '', key);
    dunstctl('context');
  }
}
