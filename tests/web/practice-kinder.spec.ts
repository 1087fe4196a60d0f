// The pause as someone anxious or low meets it: crisis help one quiet link away on every step
// (and never ending the pause), "eyes open, any posture" on every way in, the short pause a
// reminder begins, a typed note kept on "Skip this step", no step counters, the guide's own
// Wait / Go on, and a sigh that explains itself and never asks for a fuller breath.
import { expect, type Page, test } from '@playwright/test';
import { QUICK_BREAKS, REMINDER_ROUTES } from '../../src/shared/routes';
import { defaultSettings } from '../../src/shared/settings';
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
  tabTo,
} from './practice-support';

test.use({ viewport: PRACTICE_VIEWPORT });

const EYES_OPEN = 'Eyes can stay open, and any posture is fine.';
const MY_NOTE = 'Call Sam: 0123 456 789. Or the night line.';

/** Opens the crisis note from the keyboard alone, checks it, and closes it with Esc. */
async function crisisByKeyboard(page: Page, stepId: string): Promise<void> {
  const link = page.getByRole('button', { name: 'If you are in crisis' });
  await tabTo(page, link, 40);
  await page.keyboard.press('Enter');
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  const note = page.getByRole('region', { name: 'If you are in crisis' });
  await expect(note).toBeVisible();
  await expect(note).toContainText(MY_NOTE);
  await expect(note.getByRole('button', { name: 'Find a helpline near you' })).toBeVisible();
  // Esc inside the note closes the note only: the pause goes on, on the same step.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(link).toBeFocused();
  await expect(step(page, stepId)).toBeVisible();
  expect(await history(page)).toEqual([]);
}

test.describe('crisis help in every pause', () => {
  for (const s of FLOW_STEPS) {
    test(`reachable by keyboard on the ${s.id} step, and it never ends the pause`, async ({ page }) => {
      await seedSettings(page, { crisisNote: MY_NOTE });
      await page.goto('./#/practice');
      await skipTo(page, s.id);
      await crisisByKeyboard(page, s.id);
    });
  }

  test('on the short pause’s kind word and the three-breaths thank-you too', async ({ page }) => {
    await seedSettings(page, { crisisNote: MY_NOTE });
    // The page's clock (Playwright's): the breath runs fast rather than being waited for.
    await page.clock.install();
    await page.goto(`./${QUICK_BREAKS.short}`);
    await skipTo(page, 'offer');
    await crisisByKeyboard(page, 'offer');
    await page.goto(`./${QUICK_BREAKS['three-breaths'].replace('cycles=3', 'cycles=1')}`);
    await expectStep(page, 'breathe');
    await holdPageClock(page);
    await runGuideTo(page, 12_000);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Thank you for these breaths');
    await expect(page.getByRole('button', { name: 'If you are in crisis' })).toBeVisible();
  });

  test('reading the note does not hold the breathing guide', async ({ page }) => {
    await seedSettings(page, { crisisNote: MY_NOTE });
    await page.goto('./#/practice/breathe');
    const pacer = page.getByTestId('pacer');
    await expect(pacer).toHaveAttribute('data-phase', 'inhale');
    await page.getByRole('button', { name: 'If you are in crisis' }).click();
    await expect(page.getByRole('region', { name: 'If you are in crisis' })).toBeVisible();
    await expect(pacer).toHaveAttribute('data-paused', 'false');
    await expect(pacer).toHaveAttribute('data-phase', 'exhale', { timeout: 8000 });
    // The helpline button asks main to open the listed link; the page stays where it is.
    await page.getByRole('button', { name: 'Find a helpline near you' }).click();
    await expect(step(page, 'breathe')).toBeVisible();
  });

  test('the tray’s "If you are in crisis…" opens the person’s own note', async ({ page }) => {
    await seedSettings(page, { crisisNote: MY_NOTE });
    await page.goto('./#/crisis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('If you are in crisis');
    await expect(page.getByTestId('crisis-screen-note')).toHaveText(MY_NOTE);
    await expect(page.getByRole('button', { name: 'Find a helpline near you' })).toBeVisible();
  });
});

test.describe('eyes open, any posture — on every way in', () => {
  const ways: [string, string, string][] = [
    ['a reminder (the short pause)', REMINDER_ROUTES.short, 'breathe'],
    ['a reminder set to breathing only', REMINDER_ROUTES.breathe, 'breathe'],
    ['a reminder set to three breaths', REMINDER_ROUTES['three-breaths'], 'breathe'],
    ['a reminder set to the full break', REMINDER_ROUTES.full, 'arrive'],
    ['the tray’s "Breathe — 1 minute"', QUICK_BREAKS.breathe, 'breathe'],
    ['the tray’s "Three breaths"', QUICK_BREAKS['three-breaths'], 'breathe'],
    ['the tray’s self-compassion break', QUICK_BREAKS.compassion, 'arrive'],
    ['the tray’s short pause', QUICK_BREAKS.short, 'breathe'],
  ];
  for (const [way, route, first] of ways) {
    test(`from ${way}`, async ({ page }) => {
      await page.goto(`./${route}`);
      await expectStep(page, first);
      await expect(page.getByTestId('eyes-open')).toHaveCount(1);
      await expect(page.getByTestId('eyes-open')).toContainText(EYES_OPEN);
    });
  }

  for (const [name, link, first] of [
    ['“Try naming it”', /This hurts/, 'notice'],
    ['“A one-minute breathing pause”', /one-minute breathing pause/, 'breathe'],
  ] as const) {
    test(`from the article’s practice link ${name}`, async ({ page }) => {
      await page.goto('./#/read');
      await page.getByRole('link', { name: link }).first().click();
      await expectStep(page, first);
      await expect(page.getByTestId('eyes-open')).toHaveText(EYES_OPEN);
      // Said once, on the way in; the next step does not repeat it.
      await page.getByRole('button', { name: 'Skip this step' }).click();
      await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(/breathe|notice/i);
      await expect(page.getByTestId('eyes-open')).toHaveCount(0);
    });
  }

  test('from the reading view’s “Take a pause”', async ({ page }) => {
    await page.goto('./#/read');
    await page.getByRole('button', { name: 'Take a pause' }).click();
    await expectStep(page, 'breathe');
    await expect(page.getByTestId('eyes-open')).toHaveText(EYES_OPEN);
  });
});

test.describe('the short pause a reminder begins', () => {
  test('a minute of breathing, one kind phrase, and Close ends it gently', async ({ page }) => {
    await page.goto(`./${REMINDER_ROUTES.short}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A short pause');
    await expect(page.getByText(/^Steady · 5 breaths, about 1 minute$/)).toBeVisible();
    // No "Notice something hard" on the way in.
    await expect(page.getByText('Notice something hard')).toHaveCount(0);
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await expectStep(page, 'offer', 'A kind word');
    await expect(page.getByTestId('offer-phrase')).toHaveText('May I be gentle with myself.');
    // The full break is offered, never pressed: Close is the first choice and has the focus path.
    const close = step(page, 'offer').getByRole('button', { name: 'Close' });
    await expect(close).toHaveClass(/button-primary/);
    await expect(page.getByRole('button', { name: 'Go on to the self-compassion break' })).toHaveClass(/button-quiet/);
    await close.click();
    await expectClosed(page);
    expect(await history(page)).toMatchObject([{ kind: 'short', completed: true }]);
  });

  test('the person’s own kind phrase, when they wrote one', async ({ page }) => {
    await seedSettings(page, {
      practice: {
        phrases: { kindness: [...defaultSettings().practice.phrases.kindness, 'I am doing my best today.'] },
      },
    });
    await page.goto(`./${REMINDER_ROUTES.short}`);
    await skipTo(page, 'offer');
    await expect(page.getByTestId('offer-phrase')).toHaveText('I am doing my best today.');
  });

  test('taking up the offer continues into the acknowledgement, recorded once', async ({ page }) => {
    await page.goto(`./${REMINDER_ROUTES.short}`);
    await skipTo(page, 'offer');
    await page.getByRole('button', { name: 'Go on to the self-compassion break' }).click();
    await expectStep(page, 'notice', 'Notice something hard');
    await expect(page.getByRole('listitem')).toHaveText(['Breathe', 'Acknowledge', 'Close']);
    await skipTo(page, 'close');
    await page.getByRole('button', { name: 'Close', exact: true }).last().click();
    await expectClosed(page);
    expect(await history(page)).toMatchObject([{ kind: 'short', completed: true }]);
    expect(await history(page)).toHaveLength(1);
  });
});

test('"Skip this step" on the last step keeps a note already typed', async ({ page }) => {
  await page.goto('./#/practice/acknowledge');
  await skipTo(page, 'close');
  await page.getByRole('textbox', { name: 'A private note, if you like' }).fill('Kinder to myself today.');
  await page.getByRole('button', { name: 'Skip this step' }).click();
  await expectClosed(page);
  expect(await history(page)).toMatchObject([{ kind: 'compassion', completed: true, note: 'Kinder to myself today.' }]);
});

test('no step counts anywhere in the pause, and the rail only says where you are', async ({ page }) => {
  await page.goto('./#/practice');
  const rail = page.getByRole('list', { name: 'Where you are in this pause' });
  for (const s of FLOW_STEPS) {
    await expectStep(page, s.id);
    expect(await page.locator('body').textContent()).not.toMatch(/\b\d+\s*(of|\/)\s*\d+\b/);
    // Nothing in the rail can be pressed; it orients and that's all.
    await expect(rail.locator('button, a, input')).toHaveCount(0);
    await page.getByRole('button', { name: 'Skip this step' }).click();
  }
});

test('the guide’s own button says Wait and Go on — "pause" means only the practice', async ({ page }) => {
  await page.goto('./#/practice/breathe');
  await expect(page.getByRole('button', { name: /^Pause$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Wait' }).click();
  await expect(page.locator('.pacer-cue')).toHaveText('Waiting');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-paused', 'true');
  await page.getByRole('button', { name: 'Go on' }).click();
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-paused', 'false');
});

test('the sigh explains itself before it starts, and its top-up never asks for more breath', async ({ page }) => {
  await seedSettings(page, { practice: { pattern: 'sigh' } });
  await page.goto('./#/practice/breathe');
  const note = page.getByTestId('sigh-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('small second sip');
  // Shown with the first inhale, before any top-up.
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-part', 'main');
  await expect(page.getByTestId('pacer')).toHaveAttribute('data-part', 'top-up', { timeout: 4000 });
  const cue = await page.locator('.pacer-cue').textContent();
  expect(cue).not.toMatch(/\b(more|deep|deeper|big|bigger|full|fuller|fill)\b/i);
  // Other patterns need no such note.
  await page.getByRole('button', { name: 'Change pattern' }).click();
  await page.getByRole('radio', { name: /^Steady/ }).check();
  await expect(note).toHaveCount(0);
});
