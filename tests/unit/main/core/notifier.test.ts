// The words a reminder uses: the gentle title, a small pool of short invitations in Attune's
// voice (no exclamation marks, no guilt or urgency, no "deep" breaths), and "Later".
import { describe, expect, it } from 'vitest';
import { REMINDER_BODIES, reminderNotice } from '../../../../src/main/core/notifier';
import { english } from '../../../support/words';

const EN = english();

describe('reminder copy', () => {
  it('has the gentle title and takes the pool in turn', () => {
    expect(reminderNotice(EN, 0, 1000).title).toBe('A pause, if you like');
    const bodies = Array.from({ length: REMINDER_BODIES.length }, (_, i) => reminderNotice(EN, i, 1000).body);
    expect(new Set(bodies).size).toBe(REMINDER_BODIES.length);
    expect(reminderNotice(EN, REMINDER_BODIES.length, 1000).body).toBe(bodies[0]);
  });

  it('every line is short and kind: no exclamation, no guilt, no urgency, no deep or big breaths', () => {
    expect(REMINDER_BODIES.length).toBeGreaterThanOrEqual(4);
    const lines = REMINDER_BODIES.flatMap((_, i) => {
      const n = reminderNotice(EN, i, 1000);
      return [n.title, n.body];
    });
    for (const body of lines) {
      expect(body.length).toBeLessThanOrEqual(80);
      expect(body).not.toMatch(/!/);
      expect(body).not.toMatch(/\b(deep|big|missed|should|must|now|hurry|urgent|late|forgot|streak|again)\b/i);
    }
  });

  it('the buttons read Start, "Later" (the name Settings gives the snooze) and Skip; macOS closes with Close', () => {
    const n = reminderNotice(EN, 0, 1000);
    expect([n.startLabel, n.snoozeLabel, n.skipLabel, n.closeLabel]).toEqual(['Start', 'Later', 'Skip', 'Close']);
  });
});
