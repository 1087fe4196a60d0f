// Who owns a well-known name on a bus, followed: the bus's NameOwnerChanged signal for that one
// name, so a service that starts or stops after Attune (a notification server, a tray watcher at
// login) is heard at once, without asking again on a timer.
import type { DbusConnection } from './dbus';

/**
 * Calls `changed(owned)` each time `name` gains or loses its owner. Resolves to a function that
 * stops, or null when the bus refused the match rule.
 */
export function followNameOwner(
  bus: DbusConnection,
  name: string,
  changed: (owned: boolean) => void,
): Promise<(() => void) | null> {
  return bus.subscribe(
    { interface: 'org.freedesktop.DBus', member: 'NameOwnerChanged', sender: 'org.freedesktop.DBus', arg0: name },
    // The signal's body is (name, old owner, new owner); an empty new owner means the name was let go.
    (body) => changed(typeof body[2] === 'string' && body[2] !== ''),
  );
}
