// History's words that depend on the record: what a kind of pause is called, and a check-in word
// shown in the person's language. Check-in words are stored as ids (the English words in lower
// case); a word Attune doesn't know (older data, a future word) is shown as it was stored.
import type { MessageId, Translator } from '../../../../shared/i18n/translator';
import { CHECK_IN_IDS, type PauseKind } from '../../../../shared/vocabulary';

/** What each kind of pause is called in History (the tray's names for them). */
export const KIND_NAMES: Record<PauseKind, MessageId> = {
  full: 'history.kind.full',
  short: 'history.kind.short',
  breathe: 'history.kind.breathe',
  compassion: 'history.kind.compassion',
  'three-breaths': 'history.kind.threeBreaths',
};

const KNOWN: ReadonlySet<string> = new Set(CHECK_IN_IDS);

export function checkInWord(stored: string, t: Translator['t']): string {
  const id = stored.trim().toLowerCase();
  return KNOWN.has(id) ? t(`common.checkIn.${id}` as MessageId) : stored;
}
