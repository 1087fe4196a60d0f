// The one contract between the renderer and main: every channel's name, the runtime schema of
// what the renderer may send, and the TypeScript type of what comes back. The preload exposes
// exactly these channels; main validates every payload against these schemas before acting.
import type { AppState } from './app-state';
import { PAUSE_CHOICES } from './app-state';
import { type PauseRecord, pauseInputSchema } from './history';
import { EXTERNAL_LINKS } from './links';
import { ROUTE_PATTERN } from './routes';
import { type Infer, isPlainObject, none, obj, oneOf, type Schema, str } from './schema';
import type { Settings } from './settings';

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  /** Where settings and history live, for "Your data". */
  dataFiles: { settings: string; history: string };
  /** True in the web preview, where nothing is saved outside this browser. */
  preview: boolean;
}

export interface ExportResult {
  /** Where the file was written, or null when the person cancelled. */
  savedTo: string | null;
}

/** A settings change: checked as a whole against the settings schema once merged. */
const settingsPatch: Schema<Record<string, unknown>> = {
  check: (v, path = 'settings') => (isPlainObject(v) ? null : `${path} change must be an object`),
  jsonSchema: () => ({ type: 'object' }),
};

const route = str({ maxLength: 200, pattern: ROUTE_PATTERN, patternHint: 'one of Attune’s routes' });

function channel<Req, Res>(request: Schema<Req>) {
  return { request, response: undefined as unknown as Res };
}

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const requests = {
  'app:info': channel<undefined, AppInfo>(none),
  'state:get': channel<undefined, AppState>(none),
  'settings:get': channel<undefined, Settings>(none),
  'settings:update': channel<Record<string, unknown>, Settings>(settingsPatch),
  /** A notice from main the person should see once (e.g. a settings file was repaired). */
  'notice:take': channel<undefined, string | null>(none),
  'reminders:pause': channel<{ for: (typeof PAUSE_CHOICES)[number] }, AppState>(obj({ for: oneOf(PAUSE_CHOICES) })),
  'reminders:resume': channel<undefined, AppState>(none),
  'practice:start': channel<undefined, AppState>(none),
  /** Records the pause; null when the person has turned history off (nothing is kept). */
  'practice:finish': channel<Infer<typeof pauseInputSchema>, PauseRecord | null>(pauseInputSchema),
  'history:list': channel<undefined, PauseRecord[]>(none),
  'history:clear': channel<undefined, PauseRecord[]>(none),
  /** Removes the private note of one pause; the pause itself stays. */
  'history:delete-note': channel<{ id: string }, PauseRecord[]>(obj({ id: str({ minLength: 1, maxLength: 64 }) })),
  'data:export': channel<undefined, ExportResult>(none),
  /** Deletes everything Attune holds: history (with its notes), phrases, the crisis note, every setting. */
  'data:delete-all': channel<undefined, Settings>(none),
  'window:open': channel<{ route: string }, void>(obj({ route })),
  'window:close': channel<undefined, void>(none),
  'link:open': channel<{ id: keyof typeof EXTERNAL_LINKS }, void>(
    obj({ id: oneOf(Object.keys(EXTERNAL_LINKS) as (keyof typeof EXTERNAL_LINKS)[]) }),
  ),
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export interface Events {
  'settings:changed': Settings;
  'state:changed': AppState;
  'history:changed': PauseRecord[];
  /** Show another route in this window (a window already open for the same purpose). */
  navigate: string;
}

export type RequestChannel = keyof typeof requests;
export type EventChannel = keyof Events;
export type RequestOf<C extends RequestChannel> = Infer<(typeof requests)[C]['request']>;
export type ResponseOf<C extends RequestChannel> = (typeof requests)[C]['response'];

export const REQUEST_CHANNELS = Object.keys(requests) as RequestChannel[];
export const EVENT_CHANNELS: readonly EventChannel[] = [
  'settings:changed',
  'state:changed',
  'history:changed',
  'navigate',
];

/** How a request's outcome crosses IPC: errors as data, so the message reaches the renderer intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** The one object the preload exposes as `window.attune`, and the browser bridge mirrors. */
export interface AttuneApi {
  invoke<C extends RequestChannel>(
    channel: C,
    ...payload: RequestOf<C> extends undefined ? [] : [RequestOf<C>]
  ): Promise<ResponseOf<C>>;
  /** Subscribe; returns the unsubscribe function. Callbacks receive plain data only. */
  on<E extends EventChannel>(event: E, listener: (data: Events[E]) => void): () => void;
}

export function isRequestChannel(name: unknown): name is RequestChannel {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name);
}

/** Checks a request payload; returns a message naming the problem or null. */
export function checkRequest(channel: unknown, payload: unknown): string | null {
  if (!isRequestChannel(channel)) return `unknown channel ${JSON.stringify(String(channel)).slice(0, 60)}`;
  return requests[channel].request.check(payload, channel);
}
