// Helpers every part of the electron fake shares.

let lastId = 0;
/** A fresh id for frames, webContents, windows and requests (unique within the process). */
export function nextId(): number {
  lastId += 1;
  return lastId;
}

/** Casts a fake to the Electron type an adapter's signature asks for. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}

export interface PreventableEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function preventableEvent<Extra extends object = object>(extra?: Extra): PreventableEvent & Extra {
  let prevented = false;
  return {
    ...(extra as Extra),
    preventDefault() {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}
export function notReady(what: string): Error {
  return new Error(
    `${what} before app is ready (fake electron: call app.markReady() or resetElectronFake({ ready: true }) first)`,
  );
}

export function originOf(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin;
    // Standard custom schemes (app://attune) have a host-based origin in Chromium; Node says 'null'.
    return u.host ? `${u.protocol}//${u.host}` : 'null';
  } catch {
    return 'null';
  }
}

/** Width and height from a PNG's IHDR chunk, or null when `buf` is not a PNG. */
export function pngSize(buf: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) return null;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
