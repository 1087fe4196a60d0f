// One pause the person took. History shows what was done — never what was not (PRODUCT.md rule 2).
import { bool, type Infer, instant, isPlainObject, num, obj, oneOf, optional, str } from './schema';

export const PAUSE_KINDS = ['full', 'breathe', 'compassion', 'three-breaths', 'short'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/**
 * How the person arrived, stored as an id (never as words in a language); the words to show are
 * `common.checkIn.<id>` in the current language. The ids are the English words Attune saved
 * before it spoke other languages, so an old history reads as the same ids.
 */
export const CHECK_IN_IDS = ['tense', 'tired', 'anxious', 'sad', 'numb', 'restless', 'okay'] as const;
export type CheckInId = (typeof CHECK_IN_IDS)[number];
/** @deprecated the same list; kept so code written before the ids keeps compiling. */
export const CHECK_IN_WORDS = CHECK_IN_IDS;

/** The id a saved check-in word stands for ("Tired ", "TIRED" → tired); null when it is none. */
export function checkInId(word: unknown): CheckInId | null {
  if (typeof word !== 'string') return null;
  const id = word.trim().toLowerCase();
  return (CHECK_IN_IDS as readonly string[]).includes(id) ? (id as CheckInId) : null;
}

/**
 * A saved history entry with its check-in word as an id. A word that stands for no id is taken
 * off the entry (the pause itself stays) and `dropped` hears it. Anything that is not an entry
 * is returned as it is, for the caller's check. Running it twice changes nothing.
 */
export function withCheckInId(entry: unknown, dropped?: (word: unknown) => void): unknown {
  if (!isPlainObject(entry) || entry.checkIn === undefined) return entry;
  const id = checkInId(entry.checkIn);
  if (id === entry.checkIn) return entry;
  const { checkIn, ...rest } = entry;
  if (id !== null) return { ...rest, checkIn: id };
  dropped?.(checkIn);
  return rest;
}

/** What the renderer reports when a pause ends. */
export const pauseInputSchema = obj({
  kind: oneOf(PAUSE_KINDS),
  startedAt: instant(),
  durationSeconds: num({ min: 0, max: 24 * 3600 }),
  completed: bool(),
  checkIn: optional(oneOf(CHECK_IN_IDS)),
  note: optional(str({ maxLength: 500 })),
});
export type PauseInput = Infer<typeof pauseInputSchema>;

export const pauseRecordSchema = obj({
  ...pauseInputSchema.shape,
  id: str({ minLength: 1, maxLength: 64 }),
});
export type PauseRecord = Infer<typeof pauseRecordSchema>;
