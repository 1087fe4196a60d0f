// The words a reminder uses: the gentle title, a small pool of short invitations in Attune's
// voice (no exclamation marks, no guilt or urgency, no "deep" breaths), and "Later".
import { describe, expect, it } from 'vitest';
import { LATER_LABEL, REMINDER_BODIES, REMINDER_TITLE, reminderNotice } from '../../../../src/main/core/notifier';

describe('reminder copy', () => {
  it('has the gentle title and takes the pool in turn', () => {
    expect(REMINDER_TITLE).toBe('A pause, if you like');
    const bodies = Array.from({ length: REMINDER_BODIES.length }, (_, i) => reminderNotice(i, 1000).body);
    expect(new Set(bodies).size).toBe(REMINDER_BODIES.length);
    expect(reminderNotice(REMINDER_BODIES.length, 1000).body).toBe(bodies[0]);
  });

  it('every line is short and kind: no exclamation, no guilt, no urgency, no deep or big breaths', () => {
    expect(REMINDER_BODIES.length).toBeGreaterThanOrEqual(4);
    for (const body of [REMINDER_TITLE, ...REMINDER_BODIES]) {
      expect(body.length).toBeLessThanOrEqual(80);
      expect(body).not.toMatch(/!/);
      expect(body).not.toMatch(/\b(deep|big|missed|should|must|now|hurry|urgent|late|forgot|streak|again)\b/i);
    }
  });

  it('the snooze action reads as "Later", the name Settings gives it', () => {
    expect(LATER_LABEL).toBe('Later');
    expect(reminderNotice(0, 1000).snoozeLabel).toBe('Later');
  });
});
