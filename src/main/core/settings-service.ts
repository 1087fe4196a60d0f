// Settings live here, in memory, in main. Changes are validated as a whole before they are kept
// or persisted; subscribers (windows, tray, scheduler) hear about every accepted change.
// Updates run one at a time (main is single-threaded and `persist` is synchronous), so changes
// from two windows interleave whole and the file always matches memory.
import { isPlainObject } from '../../shared/schema';
import { applySettingsPatch, defaultSettings, type Settings } from '../../shared/settings';
import { notifyAll } from './notify-all';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first key that could reach an object's prototype, anywhere in a patch; null if none. */
function forbiddenKey(value: unknown, path: string): string | null {
  if (!isPlainObject(value)) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const inner = forbiddenKey(value[key], here);
    if (inner) return inner;
  }
  return null;
}

type Listener = (settings: Settings, previous: Settings) => void;

export class SettingsService {
  private listeners = new Set<Listener>();

  constructor(
    private current: Settings,
    private readonly persist: (settings: Settings) => void,
    /** The file again when another program changed it (re-validated); null when unchanged. */
    private readonly reload: () => Settings | null = () => null,
  ) {}

  get(): Settings {
    return this.current;
  }

  /** Applies a partial change; throws with a message naming the bad field and changes nothing. */
  update(patch: unknown): Settings {
    const bad = forbiddenKey(patch, 'settings');
    if (bad) throw new Error(`${bad} is not a known field`);
    this.refresh();
    const result = applySettingsPatch(this.current, patch);
    if (!result.ok) throw new Error(result.error);
    // Nothing changed (e.g. a control re-sent its value): no write, no broadcast.
    if (JSON.stringify(result.value) === JSON.stringify(this.current)) return this.current;
    const previous = this.current;
    try {
      this.persist(result.value);
    } catch (err) {
      throw new Error(
        `Your change couldn’t be saved, so nothing changed (${err instanceof Error ? err.message : err}).`,
      );
    }
    this.current = result.value;
    notifyAll(this.listeners, [this.current, previous]);
    return this.current;
  }

  /**
   * Before writing: when another program changed the file (the person restored a backup, say),
   * what it holds now becomes the settings — and everyone hears — so the write does not undo it.
   */
  private refresh(): void {
    const disk = this.reload();
    if (!disk || JSON.stringify(disk) === JSON.stringify(this.current)) return;
    const previous = this.current;
    this.current = disk;
    notifyAll(this.listeners, [this.current, previous]);
  }

  /** Back to the first-run settings (delete everything): phrases, crisis note and all. */
  reset(): Settings {
    const next = defaultSettings();
    const previous = this.current;
    try {
      this.persist(next);
    } catch (err) {
      throw new Error(
        `Your settings couldn’t be reset, so nothing changed (${err instanceof Error ? err.message : err}).`,
      );
    }
    this.current = next;
    notifyAll(this.listeners, [this.current, previous]);
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
