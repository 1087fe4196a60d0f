// The words a reminder uses: the gentle title, a small pool of short invitations in Attune's
// voice (no exclamation marks, no guilt or urgency, no "deep" breaths), and the real snooze.
import { describe, expect, it } from 'vitest';
import { REMINDER_BODIES, REMINDER_TITLE, reminderNotice, snoozeLabel } from '../../../../src/main/core/notifier';

describe('reminder copy', () => {
  it('has the gentle title and takes the pool in turn', () => {
    expect(REMINDER_TITLE).toBe('Time for a pause');
    const bodies = Array.from({ length: REMINDER_BODIES.length }, (_, i) => reminderNotice(i, 10, 1000).body);
    expect(new Set(bodies).size).toBe(REMINDER_BODIES.length);
    expect(reminderNotice(REMINDER_BODIES.length, 10, 1000).body).toBe(bodies[0]);
  });

  it('every line is short and kind: no exclamation, no guilt, no urgency, no deep or big breaths', () => {
    expect(REMINDER_BODIES.length).toBeGreaterThanOrEqual(4);
    for (const body of [REMINDER_TITLE, ...REMINDER_BODIES]) {
      expect(body.length).toBeLessThanOrEqual(80);
      expect(body).not.toMatch(/!/);
      expect(body).not.toMatch(/\b(deep|big|missed|should|must|now|hurry|urgent|late|forgot|streak|again)\b/i);
    }
  });

  it('the snooze action names the person’s snooze length', () => {
    expect(snoozeLabel(10)).toBe('In 10 minutes');
    expect(snoozeLabel(1)).toBe('In 1 minute');
    expect(reminderNotice(0, 25, 1000).snoozeLabel).toBe('In 25 minutes');
  });
});
