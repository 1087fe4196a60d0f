// One pause the person took. History shows what was done — never what was not (PRODUCT.md rule 2).
import { bool, type Infer, instant, isPlainObject, num, obj, oneOf, optional, str } from './schema';

import { CHECK_IN_IDS, checkInId, PAUSE_KINDS } from './vocabulary';

export { CHECK_IN_IDS, type CheckInId, checkInId, PAUSE_KINDS, type PauseKind } from './vocabulary';

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
