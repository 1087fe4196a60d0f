// One pause the person took. History shows what was done — never what was not (PRODUCT.md rule 2).
import { bool, type Infer, instant, num, obj, oneOf, optional, str } from './schema';

export const PAUSE_KINDS = ['full', 'breathe', 'compassion', 'three-breaths', 'short'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

export const CHECK_IN_WORDS = ['tense', 'tired', 'anxious', 'sad', 'numb', 'restless', 'okay'] as const;

/** What the renderer reports when a pause ends. */
export const pauseInputSchema = obj({
  kind: oneOf(PAUSE_KINDS),
  startedAt: instant(),
  durationSeconds: num({ min: 0, max: 24 * 3600 }),
  completed: bool(),
  checkIn: optional(str({ minLength: 1, maxLength: 40 })),
  note: optional(str({ maxLength: 500 })),
});
export type PauseInput = Infer<typeof pauseInputSchema>;

export const pauseRecordSchema = obj({
  ...pauseInputSchema.shape,
  id: str({ minLength: 1, maxLength: 64 }),
});
export type PauseRecord = Infer<typeof pauseRecordSchema>;
