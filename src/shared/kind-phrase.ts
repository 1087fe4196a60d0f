// The one kind phrase the short pause offers: the person's own if they wrote one. Pure.
import { isDefaultPhrase, type PhraseEntry, phraseText, type Translate } from './phrases';

/**
 * The person's own kind phrase if they wrote one, else the one they chose first, else ours — in
 * the words to show now (a default in the current language, the person's exactly as written).
 */
export function kindPhrase(saved: readonly PhraseEntry[], t: Translate): string {
  const own = saved.find((p) => !isDefaultPhrase(p));
  return phraseText(own ?? saved[0] ?? { id: 'kindness.1' }, t);
}
