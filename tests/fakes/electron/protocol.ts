// Fake protocol and session.
import type * as Electron from 'electron';
import { app } from './app';
import { FakeWebContents } from './contents';
import { asElectron, nextId, notReady } from './shared';

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as Electron.CustomScheme[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    protocol.privilegedSchemes.push(...customSchemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.isReady()) throw notReady('protocol.handle');
    if (protocol.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    protocol.handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocol.handlers.has(scheme);
  },
  /** Fake only: fetch `url` through the handler registered for its scheme. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, Math.max(0, url.indexOf(':')));
    const handler = protocol.handlers.get(scheme);
    if (!handler) throw new Error(`no handler registered for scheme "${scheme}"`);
    return handler(new Request(url, init));
  },
};
protocol satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'>;

type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];
type DevicePermissionHandler = Parameters<Electron.Session['setDevicePermissionHandler']>[0];
type BeforeRequestListener = (
  details: Electron.OnBeforeRequestListenerDetails,
  callback: (response: Electron.CallbackResponse) => void,
) => void;

export class FakeWebRequest {
  beforeRequestListeners: BeforeRequestListener[] = [];
  beforeRequestFilters: (Electron.WebRequestFilter | null)[] = [];
  onBeforeRequest(
    filterOrListener: Electron.WebRequestFilter | BeforeRequestListener | null,
    maybeListener?: BeforeRequestListener | null,
  ): void {
    const [filter, listener] =
      typeof filterOrListener === 'function' ? [null, filterOrListener] : [filterOrListener, maybeListener];
    // Electron keeps one listener per event: a new one replaces the old, null removes it.
    this.beforeRequestListeners = listener ? [listener] : [];
    this.beforeRequestFilters = listener ? [filter] : [];
  }
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  devicePermissionHandler: DevicePermissionHandler = null;
  readonly webRequest = new FakeWebRequest();
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.devicePermissionHandler = handler;
  }
  get beforeRequestListeners(): BeforeRequestListener[] {
    return this.webRequest.beforeRequestListeners;
  }
  /**
   * Fake only: a page asks for `permission`. Resolves what the handler grants; with no handler
   * Electron grants most permissions, so this resolves true.
   */
  requestPermission(permission: string, contents: FakeWebContents = new FakeWebContents()): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) =>
      handler(asElectron(contents), asElectron(permission), resolve, asElectron({ requestingUrl: contents.url })),
    );
  }
  /** Fake only: a permission check (e.g. navigator.permissions.query); true when no handler is set. */
  checkPermission(permission: string, origin = 'app://attune'): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    return handler(null, asElectron(permission), origin, asElectron({ requestingUrl: `${origin}/` }));
  }
  /** Fake only: a request for `url` passes through webRequest.onBeforeRequest. */
  beforeRequest(url: string, resourceType = 'mainFrame'): Promise<Electron.CallbackResponse> {
    const listener = this.webRequest.beforeRequestListeners[0];
    if (!listener) return Promise.resolve({ cancel: false });
    return new Promise((resolve) =>
      listener(asElectron({ id: nextId(), url, method: 'GET', resourceType, timestamp: Date.now() }), resolve),
    );
  }
}

let defaultSession = new FakeSession();
export const session = {
  get defaultSession(): FakeSession {
    if (!app.isReady()) throw notReady('Session can only be received');
    return defaultSession;
  },
  fromPartition: (_partition: string) => {
    if (!app.isReady()) throw notReady('Session can only be received');
    return defaultSession;
  },
};

/** Fake only: a fresh default session (on reset). */
export function resetSession(): void {
  defaultSession = new FakeSession();
}
