// The one kind phrase the short pause offers: the person's own if they wrote one. Pure.
import { DEFAULT_PHRASES } from './settings';

/** The person's own kind phrase if they wrote one, else the one they chose first, else ours. */
export function kindPhrase(saved: readonly string[]): string {
  const defaults: readonly string[] = DEFAULT_PHRASES.kindness;
  const own = saved.find((p) => !defaults.includes(p));
  return own ?? saved[0] ?? (defaults[0] as string);
}
