// One shared connection per bus (see dbus.ts for the whole API).

import { type ConnectOptions, connectBus, type DbusConnection } from './dbus';
import type { BusKind } from './dbus-address';

export type BusProvider = (() => Promise<DbusConnection | null>) & { close(): void };

/** One shared connection to the bus of `kind`: opened on first use, and again once it has ended. */
export function busProvider(kind: BusKind, opts: ConnectOptions = {}): BusProvider {
  let current: Promise<DbusConnection | null> | null = null;
  // undefined while connecting; null when the bus could not be reached (tried again next time).
  let settled: DbusConnection | null | undefined;
  const provide = () => {
    if (current && (settled === undefined || (settled !== null && !settled.closed))) return current;
    settled = undefined;
    current = connectBus(kind, opts).then((c) => {
      settled = c;
      return c;
    });
    return current;
  };
  const close = () => {
    void current?.then((c) => c?.close());
  };
  return Object.assign(provide, { close });
}
