// Check-in words become ids (issue 14, "data stays language-free"): history saved by an Attune
// that stored the English word, in any case or with spaces, reads as the id; a word that stands
// for no id is taken off its entry, with a log line, and the pause itself stays.
import { describe, expect, it } from 'vitest';
import { historyNeedsBackup, historyNeedsRewrite, recoverHistory } from '../../../../src/main/core/history-recovery';
import { CHECK_IN_IDS, checkInId, pauseInputSchema, withCheckInId } from '../../../../src/shared/history';

const entry = (i: number, checkIn?: unknown) => ({
  id: `r${i}`,
  kind: 'breathe',
  startedAt: 1_700_000_000_000 + i,
  durationSeconds: 30,
  completed: true,
  ...(checkIn !== undefined && { checkIn }),
});

describe('checkInId', () => {
  it('reads each id, in any case and with spaces around it', () => {
    for (const id of CHECK_IN_IDS) {
      expect(checkInId(id)).toBe(id);
      expect(checkInId(` ${id.toUpperCase()}\t`)).toBe(id);
    }
    expect(checkInId('Tired ')).toBe('tired');
  });

  it('is null for anything that is no id: other words, other languages, not text', () => {
    for (const word of ['müde', 'happy', 'tire d', '', '  ', 'okay okay', 42, null, {}, ['tired']])
      expect(checkInId(word)).toBeNull();
  });
});

describe('withCheckInId', () => {
  it('leaves an entry with an id (or none) exactly as it is, the same object', () => {
    const withId = entry(1, 'sad');
    const without = entry(2);
    expect(withCheckInId(withId)).toBe(withId);
    expect(withCheckInId(without)).toBe(without);
    expect(withCheckInId('junk')).toBe('junk');
  });

  it('turns a word into its id and takes off one that is none, telling who asked', () => {
    const heard: unknown[] = [];
    expect(withCheckInId(entry(1, ' Anxious'), (w) => heard.push(w))).toEqual(entry(1, 'anxious'));
    expect(withCheckInId(entry(2, 'müde'), (w) => heard.push(w))).toEqual(entry(2));
    expect(heard).toEqual(['müde']);
  });
});

describe('a history file with check-in words', () => {
  const file = {
    records: [entry(1, 'Tired'), entry(2, 'tired'), entry(3, ' OKAY '), entry(4, 'müde'), entry(5, 7), entry(6)],
  };

  it('keeps every pause, with ids where the words were, and the unknown ones taken off', () => {
    const r = recoverHistory(JSON.stringify(file));
    expect(r.records).toEqual([entry(1, 'tired'), entry(2, 'tired'), entry(3, 'okay'), entry(4), entry(5), entry(6)]);
    expect(r.dropped).toBe(0);
    expect(r.checkInsUpgraded).toBe(2);
    expect(r.checkInsDropped).toEqual([
      'history entry r4: check-in "müde" is none Attune knows; taken off, the pause kept',
      'history entry r5: check-in number is none Attune knows; taken off, the pause kept',
    ]);
  });

  it('is not damage (no notice, no "corrupt" copy) but the file is rewritten with the ids', () => {
    const r = recoverHistory(JSON.stringify(file));
    expect(historyNeedsBackup(r)).toBe(false);
    expect(historyNeedsRewrite(r)).toBe(true);
  });

  it('read again after the rewrite, nothing is left to change (idempotent)', () => {
    const once = recoverHistory(JSON.stringify(file));
    const twice = recoverHistory(JSON.stringify({ records: once.records }));
    expect(twice.records).toEqual(once.records);
    expect(historyNeedsRewrite(twice)).toBe(false);
  });

  it('a file already in ids needs no rewrite', () => {
    expect(historyNeedsRewrite(recoverHistory(JSON.stringify({ records: [entry(1, 'sad'), entry(2)] })))).toBe(false);
  });

  it('salvaged entries of a damaged file get ids too', () => {
    const text = `${JSON.stringify(file).slice(0, -3)}`; // truncated: the last entry is cut
    const r = recoverHistory(text);
    expect(r.unreadable).not.toBeNull();
    expect(r.records.slice(0, 3)).toEqual([entry(1, 'tired'), entry(2, 'tired'), entry(3, 'okay')]);
    expect(r.records.every((rec) => rec.checkIn === undefined || CHECK_IN_IDS.includes(rec.checkIn))).toBe(true);
  });
});

describe('a pause reported now', () => {
  it('takes only an id as its check-in', () => {
    const pause = { kind: 'full', startedAt: 1_700_000_000_000, durationSeconds: 60, completed: true };
    expect(pauseInputSchema.check({ ...pause, checkIn: 'numb' })).toBeNull();
    expect(pauseInputSchema.check({ ...pause, checkIn: 'Numb' })).toMatch(/checkIn must be one of tense, tired/);
    expect(pauseInputSchema.check({ ...pause, checkIn: 'taub' })).toMatch(/checkIn must be one of/);
  });
});
