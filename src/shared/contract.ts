// The one contract between the renderer and main: every channel's name, the runtime schema of
// what the renderer may send, and the TypeScript type of what comes back. The preload exposes
// exactly these channels; main validates every payload against these schemas before acting.
import { ACCELERATOR_PATTERN } from './accelerator';
import type { AppState, BusySupport } from './app-state';
import { PAUSE_CHOICES } from './app-state';
import { type PauseRecord, pauseInputSchema } from './history';
import type { LocaleInfo } from './i18n/languages';
import { EXTERNAL_LINKS } from './links';
import { ROUTE_PATTERN } from './routes';
import { type Infer, isPlainObject, none, nullable, obj, oneOf, type Schema, str } from './schema';
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

/** What main says when a pause ends. */
export interface FinishResult {
  /** The pause as kept; null when the person has turned history off (nothing is kept). */
  record: PauseRecord | null;
  /** False when the disk refused it: the pause is kept and saved as soon as the disk allows. */
  saved: boolean;
  /** Why it is not saved yet, in words (e.g. "the disk is full"); null when saved. */
  reason: string | null;
}

/** The quick-pause shortcut as main sees it (Settings shows it). */
export interface ShortcutStatus {
  /** The shortcut in use, or null. */
  accelerator: string | null;
  /** off: none set; active: registered; refused: held by another program; unavailable: the desktop offers no way. */
  state: 'off' | 'active' | 'refused' | 'unavailable' | 'preview';
  /** A sentence for the person (why it was refused, what to do), or null. */
  message: string | null;
  /** The combination that was just refused, when it was. */
  refused?: string;
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
  /** The language Attune speaks now, the locale for dates and numbers, and the text direction. */
  'locale:get': channel<undefined, LocaleInfo>(none),
  'settings:get': channel<undefined, Settings>(none),
  'settings:update': channel<Record<string, unknown>, Settings>(settingsPatch),
  /** A notice from main the person should see once (e.g. a settings file was repaired). */
  'notice:take': channel<undefined, string | null>(none),
  /** Which busy signals this desktop can tell (for Settings' "this desktop can't tell" lines). */
  'busy:support': channel<undefined, BusySupport>(none),
  'reminders:pause': channel<{ for: (typeof PAUSE_CHOICES)[number] }, AppState>(obj({ for: oneOf(PAUSE_CHOICES) })),
  'reminders:resume': channel<undefined, AppState>(none),
  'practice:start': channel<undefined, AppState>(none),
  /** Records the pause; record is null when the person has turned history off (nothing is kept). */
  'practice:finish': channel<Infer<typeof pauseInputSchema>, FinishResult>(pauseInputSchema),
  'history:list': channel<undefined, PauseRecord[]>(none),
  'history:clear': channel<undefined, PauseRecord[]>(none),
  /** Removes the private note of one pause; the pause itself stays. */
  'history:delete-note': channel<{ id: string }, PauseRecord[]>(obj({ id: str({ minLength: 1, maxLength: 64 }) })),
  'data:export': channel<undefined, ExportResult>(none),
  /** Deletes everything Attune holds: history (with its notes), phrases, the crisis note, every setting. */
  'data:delete-all': channel<undefined, Settings>(none),
  'window:open': channel<{ route: string }, void>(obj({ route })),
  'window:close': channel<undefined, void>(none),
  /** Records (or, with null, clears) the quick-pause shortcut; saved only when the system accepts it. */
  'shortcut:set': channel<{ accelerator: string | null }, ShortcutStatus>(
    obj({
      accelerator: nullable(
        str({ maxLength: 60, pattern: ACCELERATOR_PATTERN, patternHint: 'a shortcut like Control+Alt+P' }),
      ),
    }),
  ),
  'shortcut:status': channel<undefined, ShortcutStatus>(none),
  'link:open': channel<{ id: keyof typeof EXTERNAL_LINKS }, void>(
    obj({ id: oneOf(Object.keys(EXTERNAL_LINKS) as (keyof typeof EXTERNAL_LINKS)[]) }),
  ),
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export interface Events {
  'settings:changed': Settings;
  'state:changed': AppState;
  /** The language changed (Settings, or the system's): every window re-renders in it. */
  'locale:changed': LocaleInfo;
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
  'locale:changed',
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

/**
 * The most any request may hold, counted before anything walks or merges it: values (object
 * entries and list items), nesting, and characters of text. The largest real request, a whole
 * settings object, has a few hundred values and under 20,000 characters.
 */
export const PAYLOAD_LIMITS = { values: 2_000, depth: 12, characters: 100_000 } as const;

/**
 * Null when `payload` is within PAYLOAD_LIMITS, else a message. Stops counting at the first
 * limit passed, so a request with a million keys costs no more than one at the limit.
 */
export function payloadSizeProblem(payload: unknown, path = 'request'): string | null {
  let values = 0;
  let characters = 0;
  const stack: [unknown, number][] = [[payload, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > PAYLOAD_LIMITS.characters)
        return `${path} is too large (more than ${PAYLOAD_LIMITS.characters} characters of text)`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= PAYLOAD_LIMITS.depth) return `${path} is nested too deeply (more than ${PAYLOAD_LIMITS.depth} levels)`;
    if (Array.isArray(value)) {
      if (values + value.length > PAYLOAD_LIMITS.values)
        return `${path} is too large (more than ${PAYLOAD_LIMITS.values} values)`;
      values += value.length;
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      values += 1;
      characters += key.length;
      if (values > PAYLOAD_LIMITS.values) return `${path} is too large (more than ${PAYLOAD_LIMITS.values} values)`;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/** Checks a request payload, its size first; returns a message naming the problem or null. */
export function checkRequest(channel: unknown, payload: unknown): string | null {
  if (!isRequestChannel(channel)) return `unknown channel ${JSON.stringify(String(channel)).slice(0, 60)}`;
  return payloadSizeProblem(payload, channel) ?? requests[channel].request.check(payload, channel);
}
