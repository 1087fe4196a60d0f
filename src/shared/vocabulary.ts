// The ids Attune's data and screens share: breathing patterns, anchors, what a reminder begins,
// kinds of pause, check-in words. Plain lists with no schema attached, so a window that only
// needs a name list (the practice window) does not load the settings schema. Pure.

export const PATTERN_IDS = ['coherent', 'long-exhale', 'sigh', 'box', '4-7-8', 'custom'] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export const ANCHORS = ['breath', 'feet', 'sounds', 'hands'] as const;
export type Anchor = (typeof ANCHORS)[number];

/** What a reminder's Start (or a click on it) begins. */
export const REMINDER_STARTS = ['short', 'breathe', 'three-breaths', 'full'] as const;
export type ReminderStart = (typeof REMINDER_STARTS)[number];

export const PAUSE_KINDS = ['full', 'breathe', 'compassion', 'three-breaths', 'short'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/**
 * How the person arrived, stored as an id (never as words in a language); the words to show are
 * `common.checkIn.<id>` in the current language. The ids are the English words Attune saved
 * before it spoke other languages, so an old history reads as the same ids.
 */
export const CHECK_IN_IDS = ['tense', 'tired', 'anxious', 'sad', 'numb', 'restless', 'okay'] as const;
export type CheckInId = (typeof CHECK_IN_IDS)[number];

/** The id a saved check-in word stands for ("Tired ", "TIRED" → tired); null when it is none. */
export function checkInId(word: unknown): CheckInId | null {
  if (typeof word !== 'string') return null;
  const id = word.trim().toLowerCase();
  return (CHECK_IN_IDS as readonly string[]).includes(id) ? (id as CheckInId) : null;
}
