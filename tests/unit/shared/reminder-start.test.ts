// What a reminder's Start begins, for each choice in Settings: the short pause by default (about
// a minute of breathing, then one kind word), and every other variant the tray offers. (What each
// route shows is proved in Chromium: tests/web/practice-kinder.spec.ts.)
import { describe, expect, it } from 'vitest';
import PHRASE_WORDS from '../../../src/shared/i18n/catalogs/en/phrases.json' with { type: 'json' };
import { kindPhrase } from '../../../src/shared/kind-phrase';
import type { Translate } from '../../../src/shared/phrases';
import { parseRoute, QUICK_BREAKS, REMINDER_ROUTES } from '../../../src/shared/routes';
import { defaultSettings, REMINDER_STARTS } from '../../../src/shared/settings';

const t: Translate = (id) => (PHRASE_WORDS as Record<string, string>)[id] ?? id;

describe('what a reminder begins', () => {
  it('is the short pause unless the person chose otherwise', () => {
    expect(defaultSettings().schedule.reminderStarts).toBe('short');
    expect(parseRoute(REMINDER_ROUTES.short)).toEqual({ name: 'practice', params: { kind: 'short' } });
  });

  it('each other choice opens the same pause the tray offers under that name', () => {
    expect(REMINDER_ROUTES.breathe).toBe(QUICK_BREAKS.breathe);
    expect(REMINDER_ROUTES['three-breaths']).toBe(QUICK_BREAKS['three-breaths']);
    expect(parseRoute(REMINDER_ROUTES.full)).toEqual({ name: 'practice', params: {} });
  });

  it('has a route for every choice Settings offers', () => {
    for (const choice of REMINDER_STARTS) expect(parseRoute(REMINDER_ROUTES[choice])).not.toBeNull();
  });
});

describe('the short pause’s kind word', () => {
  it('is the person’s own phrase when they wrote one', () => {
    expect(kindPhrase([...defaultSettings().practice.phrases.kindness, 'I am doing my best.'], t)).toBe(
      'I am doing my best.',
    );
  });
  it('else the phrase they chose first, else ours', () => {
    expect(kindPhrase([{ id: 'kindness.3' }, { id: 'kindness.1' }], t)).toBe('May I give myself the care I need.');
    expect(kindPhrase([], t)).toBe('May I be gentle with myself.');
  });
});
