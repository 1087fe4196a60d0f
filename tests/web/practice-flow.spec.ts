// The pause as a person goes through it: the whole flow by keyboard, skipping, ending with Esc at
// every step, and each way the tray and the reading view open it. History is read back from the
// browser bridge's store, so every check here goes through "practice:finish".
import { expect, test } from '@playwright/test';
import {
  expectClosed,
  expectStep,
  FLOW_STEPS,
  history,
  holdPageClock,
  PRACTICE_VIEWPORT,
  runGuideTo,
  seedSettings,
  skipTo,
  step,
  storedSettings,
  tabTo,
} from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

test('the whole flow works from the keyboard alone, and is recorded once', async ({ page }) => {
  const before = Date.now();
  // One breath keeps the test short; everything else is the default flow.
  await page.goto('./#/practice?cycles=1');
  await expectStep(page, 'arrive', 'Take a moment to arrive');
  await expect(page.getByRole('listitem').filter({ hasText: 'Arrive' })).toHaveAttribute('aria-current', 'step');

  // Arrive: choose a check-in word, then continue.
  const anxious = page.getByRole('button', { name: 'anxious' });
  await tabTo(page, anxious);
  await page.keyboard.press('Space');
  await expect(anxious).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // Breathe: one breath; when it ends, focus moves to Continue.
  await expectStep(page, 'breathe', 'Breathe with the circle');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'inhale');
  const cont = page.getByRole('button', { name: 'Continue' });
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'done', { timeout: 20_000 });
  await expect(cont).toBeFocused();
  await page.keyboard.press('Enter');

  // Notice.
  await expectStep(page, 'notice', 'Notice something hard');
  await expect(page.getByText('Kindness can stir up old pain')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // Name it: arrow to the second phrase; it becomes the first offered next time.
  await expectStep(page, 'name', 'Name it');
  await expect(page.getByRole('radio', { name: 'This hurts.' })).toBeChecked();
  await tabTo(page, page.getByRole('radio', { name: 'This hurts.' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'This is hard right now.' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // Remember others, in the person's own words (saved to settings).
  await expectStep(page, 'common', 'You’re not alone in this');
  await tabTo(page, page.getByRole('textbox', { name: 'Your own words' }));
  await page.keyboard.type('Lots of people feel this way.');
  await expect(page.getByRole('radio', { name: 'In my own words' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // Soothing touch: pick one with the arrows.
  await expectStep(page, 'touch', 'A soothing touch, if it feels okay');
  await tabTo(page, page.getByRole('radio', { name: 'A hand on your heart' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'A hand on your cheek' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // A kind word: the first phrase, as offered.
  await expectStep(page, 'kindness', 'A kind word');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  // Close: a private note, then Close.
  await expectStep(page, 'close', 'Thank you for taking this pause');
  await tabTo(page, page.getByRole('textbox', { name: 'A private note, if you like' }));
  await page.keyboard.type('Shoulders softer.');
  await tabTo(page, page.getByRole('button', { name: 'Close', exact: true }).last());
  await page.keyboard.press('Enter');
  await expectClosed(page);

  const records = await history(page);
  expect(records).toHaveLength(1);
  const [r] = records;
  expect(r).toMatchObject({ kind: 'full', completed: true, checkIn: 'anxious', note: 'Shoulders softer.' });
  expect(r?.startedAt).toBeGreaterThanOrEqual(before);
  expect(r?.durationSeconds).toBeGreaterThanOrEqual(11);

  const phrases = (await storedSettings(page)).practice.phrases;
  // Defaults are kept by id (shown in whatever language Attune speaks); the person's words as typed.
  expect(phrases.naming[0]).toEqual({ id: 'naming.2' });
  expect(phrases.naming).toContainEqual({ id: 'naming.1' });
  expect(phrases.common[0]).toBe('Lots of people feel this way.');
  expect(phrases.kindness[0]).toEqual({ id: 'kindness.1' });
});

test('saved phrases come back first next time', async ({ page }) => {
  await seedSettings(page, {
    practice: { phrases: { naming: ['This is a lot.', 'This hurts.'], common: [], kindness: ['I am doing my best.'] } },
  });
  await page.goto('./#/practice/acknowledge');
  await skipTo(page, 'name');
  await expect(page.getByRole('radio', { name: 'This is a lot.' })).toBeChecked();
  await skipTo(page, 'common');
  // An emptied list falls back to the usual phrases rather than leaving nothing to choose.
  await expect(page.getByRole('radio', { name: "I'm not the only one who feels this." })).toBeChecked();
  await skipTo(page, 'kindness');
  await expect(page.getByRole('radio', { name: 'I am doing my best.' })).toBeChecked();
});

test('every step can be skipped, and skipping changes nothing saved', async ({ page }) => {
  await page.goto('./#/practice');
  for (const s of FLOW_STEPS) {
    await expectStep(page, s.id, s.heading);
    const skip = page.getByRole('button', { name: 'Skip this step' });
    await expect(skip).toBeVisible();
    if (s.id === 'arrive') await page.getByRole('button', { name: 'tired' }).click();
    await skip.click();
  }
  await expectClosed(page);
  const [r, ...rest] = await history(page);
  expect(rest).toHaveLength(0);
  expect(r).toMatchObject({ kind: 'full', completed: true });
  // A skipped check-in is not recorded, and no phrase was saved.
  expect(r?.checkIn).toBeUndefined();
  expect(r?.note).toBeUndefined();
  expect(await storedSettings(page)).toBeNull();
});

for (const [i, s] of FLOW_STEPS.entries()) {
  test(`Esc ends the pause on the ${s.id} step, recorded without judgement`, async ({ page }) => {
    await page.goto('./#/practice');
    await skipTo(page, s.id);
    if (s.id === 'close') await page.getByRole('textbox', { name: 'A private note, if you like' }).fill('kept');
    // Esc works wherever focus is, even inside a text field.
    if (s.id === 'common') await page.getByRole('textbox', { name: 'Your own words' }).focus();
    await page.keyboard.press('Escape');
    await expectClosed(page);
    const records = await history(page);
    expect(records).toHaveLength(1);
    // Reaching the last step counts as complete; before it, the pause simply ended early.
    expect(records[0]).toMatchObject({ kind: 'full', completed: i === FLOW_STEPS.length - 1 });
    if (s.id === 'close') expect(records[0]?.note).toBe('kept');
  });
}

test('the visible "End pause" button ends it too, and the wording never judges', async ({ page }) => {
  await page.goto('./#/practice');
  await skipTo(page, 'breathe');
  const text = await page.locator('body').textContent();
  expect(text).not.toMatch(/fail|missed|streak|!/i);
  await page.getByRole('button', { name: 'End pause' }).click();
  await expectClosed(page);
  expect(await history(page)).toMatchObject([{ kind: 'full', completed: false }]);
});

test('Esc on the standalone breathing route ends it as well', async ({ page }) => {
  await page.goto('./#/practice/breathe?minutes=1&kind=breathe');
  await expectStep(page, 'breathe');
  await page.waitForTimeout(1200);
  await page.keyboard.press('Escape');
  await expectClosed(page);
  const [r] = await history(page);
  expect(r).toMatchObject({ kind: 'breathe', completed: false });
  expect(r?.durationSeconds).toBeGreaterThanOrEqual(1);
});

test.describe('tray and reading-view variants', () => {
  test('"Breathe — 1 minute": breathing only, then the thank-you', async ({ page }) => {
    await page.goto('./#/practice/breathe?minutes=1&kind=breathe');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Breathe');
    await expectStep(page, 'breathe', 'Breathe with the circle');
    await expect(page.getByText('Steady · 5 breaths, about 1 minute')).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveText(['Breathe', 'Close']);
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expectStep(page, 'close');
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectClosed(page);
    expect(await history(page)).toMatchObject([{ kind: 'breathe', completed: true }]);
  });

  test('"Self-compassion break — a few minutes": the whole flow, with a minute of breathing', async ({ page }) => {
    await seedSettings(page, { practice: { lengthUnit: 'cycles', cycles: 20 } });
    await page.goto('./#/practice?kind=compassion');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-compassion break');
    await expect(page.getByRole('listitem')).toHaveText(['Arrive', 'Breathe', 'Acknowledge', 'Close']);
    await expectStep(page, 'arrive');
    await skipTo(page, 'breathe');
    await expect(page.getByText('Steady · 5 breaths, about 1 minute')).toBeVisible();
    for (const s of FLOW_STEPS.slice(2)) await skipTo(page, s.id);
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectClosed(page);
    expect(await history(page)).toMatchObject([{ kind: 'compassion', completed: true }]);
  });

  test('"Three breaths": three cycles, a thank-you, and the window closes by itself', async ({ page }) => {
    // The page's clock (Playwright's, which drives performance.now, Date and timers): the three
    // 11 s breaths take their whole time on that clock, run fast rather than waited for.
    await page.clock.install();
    await page.goto('./#/practice/breathe?cycles=3&kind=three-breaths');
    await expectStep(page, 'breathe');
    await expect(page.getByText('Steady · 3 breaths')).toBeVisible();
    await expect(page.getByRole('listitem')).toHaveCount(0);
    const pacer = page.getByTestId('pacer');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(pacer).toHaveAttribute('data-phase', 'inhale');
    // A second before the third breath ends: still breathing, nothing recorded yet.
    await holdPageClock(page);
    await runGuideTo(page, 32_000);
    await expect(pacer).toHaveAttribute('data-phase', 'exhale');
    expect(await history(page)).toEqual([]);
    // Then the thank-you replaces the pacer.
    await page.clock.runFor(2_000);
    await expect(heading).toHaveText('Thank you for these breaths');
    const [r] = await history(page);
    expect(r).toMatchObject({ kind: 'three-breaths', completed: true });
    expect(r?.durationSeconds).toBeGreaterThanOrEqual(33);
    expect(r?.durationSeconds).toBeLessThan(40);
    // Closes by itself five seconds later, not before.
    await page.clock.runFor(4_000);
    await expect(page.getByTestId('preview-closed')).toHaveCount(0);
    await page.clock.runFor(1_500);
    await expect(page.getByTestId('preview-closed')).toBeVisible();
    expect(await history(page)).toHaveLength(1);
  });

  test('the reading view’s "This hurts" link opens the acknowledgement steps', async ({ page }) => {
    await page.goto('./#/practice/acknowledge');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-compassion break');
    await expect(page.getByRole('listitem')).toHaveText(['Acknowledge', 'Close']);
    await expectStep(page, 'notice', 'Notice something hard');
    // The rail says where you are; nothing counts steps ("1 of 5").
    await expect(page.getByText(/\d+ of \d+/)).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectStep(page, 'name', 'Name it');
    await expect(page.getByRole('radio', { name: 'This hurts.' })).toBeChecked();
    await skipTo(page, 'close');
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectClosed(page);
    expect(await history(page)).toMatchObject([{ kind: 'compassion', completed: true }]);
  });

  test('a reminder opens the whole flow with the person’s own pattern and length', async ({ page }) => {
    await seedSettings(page, { practice: { pattern: 'long-exhale', lengthUnit: 'cycles', cycles: 8 } });
    await page.goto('./#/practice');
    await skipTo(page, 'breathe');
    await expect(page.getByText('Long exhale · 8 breaths, about 1.5 minutes')).toBeVisible();
  });
});

test('the close step links to the article, recording the pause first', async ({ page }) => {
  await page.goto('./#/practice/acknowledge');
  await skipTo(page, 'close');
  await page.getByRole('textbox', { name: 'A private note, if you like' }).fill('Read later.');
  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(page).toHaveURL(/#\/read$/);
  expect(await history(page)).toMatchObject([{ kind: 'compassion', completed: true, note: 'Read later.' }]);
});

test.describe('pattern choice on the breathing step', () => {
  test('holds patterns are offered only once holds are on', async ({ page }) => {
    await page.goto('./#/practice/breathe?pattern=box');
    // Asked for box with holds off: the default, without holds.
    await expect(page.getByText(/^Steady · /)).toBeVisible();
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await expect(page.getByRole('radio')).toHaveCount(4);
    await expect(page.getByRole('radio', { name: /Box/ })).toHaveCount(0);
    await expect(page.getByText('They appear here once holds are turned on in Settings.')).toBeVisible();
  });

  test('with holds on, 4-7-8 can be chosen and stops after 4 breaths', async ({ page }) => {
    await seedSettings(page, { practice: { holdsEnabled: true, lengthUnit: 'cycles', cycles: 10 } });
    await page.goto('./#/practice/breathe');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await expect(page.getByRole('radio')).toHaveCount(6);
    await page.getByRole('radio', { name: /^4-7-8/ }).check();
    await expect(page.getByText('4-7-8 · 4 breaths, about 1.5 minutes')).toBeVisible();
    // 10 breaths were asked for: the screen says the pause is shorter than that.
    await expect(
      page.getByText(
        '4-7-8 stops after 4 breaths, so this pause is 4 breaths, about 1.5 minutes, shorter than you chose.',
      ),
    ).toBeVisible();
    const lengths = await page.getByRole('combobox', { name: 'Length' }).locator('option').allTextContents();
    expect(lengths.map(Number).every((n) => n <= 4)).toBe(true);
    // Holds can always be shortened.
    await page.getByRole('checkbox', { name: 'Shorter holds' }).check();
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'hold-in', { timeout: 6000 });
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-phase', 'exhale', { timeout: 4500 });
  });

  test('the sigh and the custom pattern are offered, and a change starts the breathing again', async ({ page }) => {
    await seedSettings(page, { practice: { custom: { inhale: 3, holdIn: 2, exhale: 7.5, holdOut: 0 } } });
    await page.goto('./#/practice/breathe?minutes=2');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    // Holds are off, so the custom pattern's hold is left out.
    await expect(page.getByRole('radio', { name: /Your own/ })).toHaveAccessibleName(/3 s in, 7.5 s out/);
    await page.getByRole('radio', { name: /^Sigh/ }).check();
    await expect(page.getByText('Sigh · 13 breaths, about 2 minutes')).toBeVisible();
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-part', 'top-up', { timeout: 4000 });
    await page.getByRole('radio', { name: /^Your own/ }).check();
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-step', '0');
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('cycles');
    await page.getByRole('combobox', { name: 'Length' }).selectOption('3');
    await expect(page.getByText('Your own · 3 breaths')).toBeVisible();
  });

  test('a non-breath anchor keeps the pace without breathing words', async ({ page }) => {
    await page.goto('./#/practice/breathe');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    await page.getByRole('combobox', { name: 'Focus on' }).selectOption({ label: 'Your feet on the floor' });
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Notice your feet on the floor');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toContainText('Notice your feet');
    await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 7000 });
    await expect(pacer).toContainText('Let them be heavy');
    expect(await step(page, 'breathe').textContent()).not.toMatch(/breathe (in|out)/i);
  });

  test('the anchor from settings is used from the start', async ({ page }) => {
    await seedSettings(page, { practice: { anchor: 'sounds' } });
    await page.goto('./#/practice/breathe');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Notice sounds around you');
    await expect(page.getByTestId('pacer')).toContainText('Notice a sound');
  });
});
