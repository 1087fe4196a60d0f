// Where a D-Bus bus lives and how to open a socket to it (see dbus.ts for the whole API).
// parseBusAddress and busAddress are pure.
import net from 'node:net';

export type BusKind = 'session' | 'system';

export type BusEndpoint = { kind: 'path'; path: string } | { kind: 'tcp'; host: string; port: number };

/** Unescapes a D-Bus address value (%xx). */
function unescapeValue(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** Pure: "unix:path=/run/user/1000/bus;tcp:host=h,port=1" → endpoints Node can connect to. */
export function parseBusAddress(address: string): BusEndpoint[] {
  const out: BusEndpoint[] = [];
  for (const part of address.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const family = part.slice(0, colon).toLowerCase();
    const params = new Map<string, string>();
    for (const kv of part.slice(colon + 1).split(',')) {
      const eq = kv.indexOf('=');
      if (eq > 0) params.set(kv.slice(0, eq), unescapeValue(kv.slice(eq + 1)));
    }
    if (family === 'unix') {
      const p = params.get('path');
      const abstract = params.get('abstract');
      // Node connects to Linux's abstract socket namespace through a leading NUL byte.
      if (p) out.push({ kind: 'path', path: p });
      else if (abstract) out.push({ kind: 'path', path: `\0${abstract}` });
    } else if (family === 'tcp') {
      const port = Number(params.get('port'));
      if (Number.isInteger(port) && port > 0 && port < 65536)
        out.push({ kind: 'tcp', host: params.get('host') ?? 'localhost', port });
    }
  }
  return out;
}

/** Where the bus of `kind` lives, as libdbus and sd-bus look for it. */
export function busAddress(kind: BusKind, env: NodeJS.ProcessEnv = process.env): string | null {
  if (kind === 'system') return env.DBUS_SYSTEM_BUS_ADDRESS || 'unix:path=/var/run/dbus/system_bus_socket';
  if (env.DBUS_SESSION_BUS_ADDRESS) return env.DBUS_SESSION_BUS_ADDRESS;
  // systemd's user bus, used when the variable is not exported (e.g. some autostart paths).
  return env.XDG_RUNTIME_DIR ? `unix:path=${env.XDG_RUNTIME_DIR}/bus` : null;
}

export function openSocket(endpoint: BusEndpoint, timeoutMs: number): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket =
      endpoint.kind === 'path'
        ? net.createConnection(endpoint.path)
        : net.createConnection(endpoint.port, endpoint.host);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.removeAllListeners('connect');
      socket.removeAllListeners('error');
      if (!ok) socket.destroy();
      resolve(ok ? socket : null);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
