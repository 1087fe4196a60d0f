// A small typed, promise-based layer over @homebridge/dbus-native for the desktop adapters.
//
// Why this library: it is pure JavaScript (no native module to rebuild per Electron version or
// architecture, so the AppImage, deb and rpm carry nothing platform-specific for it), it is
// maintained by the homebridge project (which runs it on many thousands of Linux machines), its
// own dependencies are pure JavaScript too (long, xml2js, event-stream 4 — the clean release
// after the 3.3.6 incident —, hexy, minimist, safe-buffer; all bundled by Vite), and it can also
// export interfaces — so the test services standing in for logind, the screensavers and Mutter
// use the same library. dbus-next was the other candidate; it has had no release since 2021.
//
// API (every failure resolves to a value meaning "can't tell"; nothing here throws into the app):
//
//   busAddress(kind, env)            the address Attune would use for the 'session' or 'system'
//                                    bus, or null when there is none to try.
//   parseBusAddress(address)         pure: a D-Bus address string → the endpoints it names.
//   connectBus(kind, opts?)          → Promise<DbusConnection | null>: connects, authenticates
//                                    and says Hello within opts.timeoutMs (default 1500 ms);
//                                    null when the bus can't be reached.
//   conn.call(req)                   → Promise<unknown[] | null>: the reply's body, or null on
//                                    an error reply, a timeout (req.timeoutMs, default 2000 ms),
//                                    a closed connection or arguments that do not marshal.
//   conn.getProperty(dest, path, iface, name) → Promise<unknown | null>: the unwrapped value.
//   conn.nameHasOwner(name)          → Promise<boolean | null>.
//   conn.subscribe(match, listener)  → Promise<(() => void) | null>: adds a match rule on the
//                                    bus and calls listener(body, sender) for each signal that
//                                    fits; the returned function unsubscribes. null when the
//                                    bus refused the rule.
//   conn.onClose(listener)           called once when the connection ends (either side).
//   conn.close()                     ends the connection; safe to call twice.
//   busProvider(kind, opts?)         → () => Promise<DbusConnection | null>: one shared
//                                    connection, opened on first use and again after it ends;
//                                    .close() ends it. (In dbus-provider.ts.)
//   unwrapVariant(v)                 dbus-native reads a variant as [signatureTree, [value]];
//                                    this returns the value (or v itself when it is not one).
import type net from 'node:net';
import * as dbusNative from '@homebridge/dbus-native';
import { type BusKind, busAddress, openSocket, parseBusAddress } from './dbus-address';

export { type BusEndpoint, type BusKind, busAddress, parseBusAddress } from './dbus-address';

export interface CallRequest {
  destination: string;
  path: string;
  interface: string;
  member: string;
  /** D-Bus signature of `body`, e.g. 'susssasa{sv}i'. */
  signature?: string;
  body?: unknown[];
  timeoutMs?: number;
}

export interface SignalMatch {
  interface: string;
  member: string;
  path?: string;
  /** A well-known or unique name; the rule is passed to the bus, which resolves it. */
  sender?: string;
  /** The signal's first argument, when it is a string (e.g. the name in NameOwnerChanged). */
  arg0?: string;
}

export type SignalListener = (body: unknown[], sender: string | undefined) => void;

export interface DbusConnection {
  readonly kind: BusKind;
  call(req: CallRequest): Promise<unknown[] | null>;
  getProperty(destination: string, path: string, iface: string, name: string): Promise<unknown | null>;
  nameHasOwner(name: string): Promise<boolean | null>;
  subscribe(match: SignalMatch, listener: SignalListener): Promise<(() => void) | null>;
  onClose(listener: () => void): void;
  close(): void;
  readonly closed: boolean;
}

export interface ConnectOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  log?: (message: string) => void;
}

/** The subset of dbus-native's message and bus objects used here. */
interface RawMessage {
  type: number;
  interface?: string;
  member?: string;
  path?: string;
  sender?: string;
  body?: unknown[];
}
interface RawConnection {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
  end(): unknown;
}
interface RawBus {
  connection: RawConnection;
  name?: string;
  cookies: Record<number, unknown>;
  serial: number;
  invoke(msg: Record<string, unknown>, cb: (err: unknown, ...body: unknown[]) => void): void;
}
const createClient = (dbusNative as unknown as { createClient(o: { stream: net.Socket }): RawBus }).createClient;

const SIGNAL = 4;
/** Error replies that only mean "no such service or method here". */
const ABSENT = new Set([
  'org.freedesktop.DBus.Error.ServiceUnknown',
  'org.freedesktop.DBus.Error.NameHasNoOwner',
  'org.freedesktop.DBus.Error.UnknownMethod',
  'org.freedesktop.DBus.Error.UnknownObject',
  'org.freedesktop.DBus.Error.UnknownInterface',
  'org.freedesktop.DBus.Error.NotSupported',
]);
const DEFAULT_CONNECT_MS = 1500;
const DEFAULT_CALL_MS = 2000;

/** A failure the library reports in its own shape → one line for the log. */
function errorText(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: unknown; message?: unknown };
    return [e.name, e.message].filter((x) => typeof x === 'string' && x).join(': ') || 'unknown error';
  }
  return String(err);
}

/** dbus-native reads a variant as [signatureTree, [value]]; returns the value. */
export function unwrapVariant(v: unknown): unknown {
  if (Array.isArray(v) && v.length === 2 && Array.isArray(v[0]) && Array.isArray(v[1]) && v[1].length === 1)
    return v[1][0];
  return v;
}

function matchRule(m: SignalMatch): string {
  const parts = [`type='signal'`, `interface='${m.interface}'`, `member='${m.member}'`];
  if (m.path) parts.push(`path='${m.path}'`);
  if (m.sender) parts.push(`sender='${m.sender}'`);
  if (m.arg0) parts.push(`arg0='${m.arg0}'`);
  return parts.join(',');
}

class Connection implements DbusConnection {
  closed = false;
  private readonly closeListeners: (() => void)[] = [];
  /** Calls waiting for a reply: answered null at once when the connection ends. */
  private readonly pending = new Set<() => void>();

  constructor(
    readonly kind: BusKind,
    private readonly bus: RawBus,
    private readonly socket: net.Socket,
    private readonly log: (message: string) => void,
  ) {
    const ended = () => this.markClosed();
    socket.on('close', ended);
    // Errors on the stream end the connection; they are never rethrown into the app.
    bus.connection.on('error', (err) => {
      this.log(`D-Bus ${kind} bus: ${errorText(err)}`);
      this.close();
    });
  }

  call(req: CallRequest): Promise<unknown[] | null> {
    if (this.closed) return Promise.resolve(null);
    return new Promise((settle) => {
      let serial = -1;
      const cancel = () => resolve(null);
      const resolve = (value: unknown[] | null) => {
        clearTimeout(timer);
        this.pending.delete(cancel);
        settle(value);
      };
      this.pending.add(cancel);
      const timer = setTimeout(() => {
        // Forget the pending reply so a late answer is dropped.
        delete this.bus.cookies[serial];
        this.log(`D-Bus ${req.interface}.${req.member}: no answer in time`);
        resolve(null);
      }, req.timeoutMs ?? DEFAULT_CALL_MS);
      try {
        serial = this.bus.serial;
        const msg: Record<string, unknown> = {
          destination: req.destination,
          path: req.path,
          interface: req.interface,
          member: req.member,
        };
        if (req.signature) {
          msg.signature = req.signature;
          msg.body = req.body ?? [];
        }
        this.bus.invoke(msg, (err, ...body) => {
          if (err) {
            // A service that isn't there is an answer ("can't tell"), not something to log.
            if (!ABSENT.has((err as { name?: string }).name ?? ''))
              this.log(`D-Bus ${req.interface}.${req.member}: ${errorText(err)}`);
            resolve(null);
          } else resolve(body);
        });
      } catch (err) {
        delete this.bus.cookies[serial];
        this.log(`D-Bus ${req.interface}.${req.member}: ${errorText(err)}`);
        resolve(null);
      }
    });
  }

  async getProperty(destination: string, path: string, iface: string, name: string): Promise<unknown | null> {
    const body = await this.call({
      destination,
      path,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [iface, name],
    });
    return body && body.length > 0 ? unwrapVariant(body[0]) : null;
  }

  async nameHasOwner(name: string): Promise<boolean | null> {
    const body = await this.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameHasOwner',
      signature: 's',
      body: [name],
    });
    return typeof body?.[0] === 'boolean' ? body[0] : null;
  }

  async subscribe(match: SignalMatch, listener: SignalListener): Promise<(() => void) | null> {
    const rule = matchRule(match);
    const bus = {
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
    };
    const added = await this.call({ ...bus, member: 'AddMatch', signature: 's', body: [rule] });
    if (!added) return null;
    const onMessage = (raw: unknown) => {
      const m = raw as RawMessage;
      if (m.type !== SIGNAL || m.interface !== match.interface || m.member !== match.member) return;
      if (match.path && m.path !== match.path) return;
      if (match.arg0 !== undefined && m.body?.[0] !== match.arg0) return;
      try {
        listener(m.body ?? [], m.sender);
      } catch (err) {
        this.log(`D-Bus ${match.interface}.${match.member} listener: ${errorText(err)}`);
      }
    };
    this.bus.connection.on('message', onMessage);
    return () => {
      this.bus.connection.removeListener('message', onMessage);
      if (!this.closed) void this.call({ ...bus, member: 'RemoveMatch', signature: 's', body: [rule] });
    };
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  close(): void {
    if (this.closed) return;
    this.socket.destroy();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const cancel of [...this.pending]) cancel();
    for (const l of this.closeListeners.splice(0)) l();
  }
}

/** Connects to the bus of `kind`; null when it can't be reached in time. */
export async function connectBus(kind: BusKind, opts: ConnectOptions = {}): Promise<DbusConnection | null> {
  const log = opts.log ?? (() => {});
  const address = busAddress(kind, opts.env ?? process.env);
  if (!address) {
    log(`D-Bus ${kind} bus: no address`);
    return null;
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_CONNECT_MS;
  const started = Date.now();
  const endpoints = parseBusAddress(address);
  // Node 20 can't reach Linux's abstract sockets (dbus-launch's default on older systems); where
  // the address names only those, systemd's user bus is the other place a session bus lives.
  const env = opts.env ?? process.env;
  if (kind === 'session' && env.XDG_RUNTIME_DIR && endpoints.every((e) => e.kind === 'path' && e.path.startsWith('\0')))
    endpoints.push({ kind: 'path', path: `${env.XDG_RUNTIME_DIR}/bus` });
  for (const endpoint of endpoints) {
    const socket = await openSocket(endpoint, timeoutMs);
    if (!socket) continue;
    let conn: Connection;
    try {
      conn = new Connection(kind, createClient({ stream: socket }), socket, log);
    } catch (err) {
      log(`D-Bus ${kind} bus: ${errorText(err)}`);
      socket.destroy();
      continue;
    }
    // Hello went first on this connection; a reply to GetId proves the bus admitted us.
    const left = Math.max(100, timeoutMs - (Date.now() - started));
    const id = await conn.call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'GetId',
      timeoutMs: left,
    });
    if (id) return conn;
    conn.close();
  }
  log(`D-Bus ${kind} bus: can't be reached at ${address}`);
  return null;
}
