// Settings live here, in memory, in main. Changes are validated as a whole before they are kept
// or persisted; subscribers (windows, tray, scheduler) hear about every accepted change.
import { applySettingsPatch, type Settings } from '../../shared/settings';

type Listener = (settings: Settings, previous: Settings) => void;

export class SettingsService {
  private listeners = new Set<Listener>();

  constructor(
    private current: Settings,
    private readonly persist: (settings: Settings) => void,
  ) {}

  get(): Settings {
    return this.current;
  }

  /** Applies a partial change; throws with a message naming the bad field and changes nothing. */
  update(patch: unknown): Settings {
    const result = applySettingsPatch(this.current, patch);
    if (!result.ok) throw new Error(result.error);
    const previous = this.current;
    this.persist(result.value);
    this.current = result.value;
    for (const l of this.listeners) l(this.current, previous);
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
