// What the screen says is what is true: a valid edit is saved even beside an invalid one (and the
// header stops claiming everything is saved while something isn't); the pauses-today preview;
// pattern and length notes in Settings and during a pause; the smaller kindnesses (nothing cut
// without notice, a count over its limit looks like a problem, disabled buttons say why, repeats
// refused kindly, right-to-left phrases, "1:00 PM"); unknown addresses and the closed placeholder.
import { expect, type Page, test } from '@playwright/test';
import { axeProblems } from '../support/axe';
import { seedSettings } from './practice-support';
import { fixClock, openWith, SETTINGS_VIEWPORT, stored } from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
const answered = { system: { loginPromptAnswered: true } };

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

async function expectAxeClean(page: Page) {
  expect(await axeProblems(page)).toEqual([]);
}

test('active hours: an edit to a valid range is saved while another range shows an error', async ({ page }) => {
  await openWith(page, '#/settings', { settings: answered });
  const saved = page.locator('.settings-saved');
  await expect(saved).toHaveText('Changes are saved as you make them.');
  await page.getByRole('button', { name: 'Add a time range' }).click();
  const second = page.getByTestId('range-2');
  await second.getByLabel('Range 2 ends at').fill('09:00'); // the same as its start
  await expect(
    second.getByText(
      'The start and end are the same time. Choose an end that differs. Not saved yet: until it’s fixed, Attune keeps this range as it was.',
    ),
  ).toBeVisible();
  // The header no longer says everything is saved, and names what isn't.
  await expect(saved).toHaveText(/^Not saved yet: Active hours, range 2\. Everything else is saved\./);
  // Closing now asks, in a message that is itself accessible.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('close-blocked')).toContainText(
    'Active hours, range 2: The start and end are the same',
  );
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Keep editing' }).click();
  await expect(second.getByLabel('Range 2 starts at')).toBeFocused();

  await page.getByTestId('range-1').getByLabel('Range 1 starts at').fill('08:00');
  await expect
    .poll(async () => (await stored(page)).schedule.activeHours)
    .toEqual([
      { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:30' },
      // Range 2 stays as it was last saved until its error is fixed.
      { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    ]);
  await page.reload();
  await expect(page.getByTestId('range-1').getByLabel('Range 1 starts at')).toHaveValue('08:00');
});

test('active hours: an identical range is refused kindly and not saved', async ({ page }) => {
  await openWith(page, '#/settings', { settings: answered });
  await page.getByRole('button', { name: 'Add a time range' }).click();
  await page.getByTestId('range-2').getByLabel('Range 2 ends at').fill('17:30'); // as range 1
  await expect(page.getByTestId('range-2')).toContainText('This is the same as range 1, so it adds nothing.');
  // The repeat is not saved: range 2 stays as it was before it became one.
  expect((await stored(page)).schedule.activeHours).toEqual([
    { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
    { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  ]);
});

test('the pauses-today preview says what is true for active hours shorter than the interval', async ({ page }) => {
  await openWith(page, '#/settings', {
    settings: { ...answered, schedule: { activeHours: [{ days: [1], start: '09:00', end: '09:30' }] } },
  });
  await expect(page.getByTestId('pauses-today')).toHaveText(
    'No pauses today: your active hours today, 09:00–09:30, are shorter than the 60 minutes between pauses.',
  );
});

test.describe('times in a 12-hour locale', () => {
  test.use({ locale: 'en-US' });
  test('read “1:00 PM”, not “01:00 PM”', async ({ page }) => {
    await openWith(page, '#/settings', {
      settings: { ...answered, schedule: { activeHours: [{ days: [1], start: '12:00', end: '14:30' }] } },
    });
    await expect(page.getByTestId('pauses-today')).toHaveText('Your pauses today: 1:00 PM, 2:00 PM.');
  });
});

test('Settings: the custom pattern’s summary leaves holds out while holds are off', async ({ page }) => {
  await openWith(page, '#/settings', {
    settings: {
      ...answered,
      practice: { holdsEnabled: false, custom: { inhale: 4, holdIn: 2, exhale: 6, holdOut: 3 } },
    },
  });
  const own = page.getByRole('radio', { name: /Your own/ });
  await expect(own).toHaveAccessibleName(/^Your own\s*4 s in, 6 s out \(its holds are left out while holds are off\)$/);
  await page.getByRole('switch', { name: 'Include breath holds' }).check();
  await expect(own).toHaveAccessibleName(/^Your own\s*4 s in, hold 2 s, 6 s out, rest 3 s$/);
});

test('Settings warns when 4-7-8 makes a pause shorter than the length chosen', async ({ page }) => {
  await openWith(page, '#/settings', {
    settings: { ...answered, practice: { holdsEnabled: true, pattern: '4-7-8', lengthUnit: 'minutes', minutes: 10 } },
  });
  await expect(page.getByRole('spinbutton', { name: 'Minutes' })).toHaveAccessibleDescription(
    '4-7-8 always stops after 4 breaths, so a pause with it is 4 breaths, about 1.5 minutes.',
  );
});

test.describe('during a pause', () => {
  test.use({ viewport: { width: 560, height: 680 } });

  test('a 30-minute pause is offered as 30 minutes', async ({ page }) => {
    await seedSettings(page, { practice: { lengthUnit: 'minutes', minutes: 30 } });
    await page.goto('./#/practice/breathe');
    await expect(page.getByTestId('breathe-summary')).toHaveText('Steady · 164 breaths, about 30 minutes');
  });

  test('changing the pattern mid-session says it starts again from the first breath', async ({ page }) => {
    await seedSettings(page, {});
    await page.goto('./#/practice/breathe');
    await page.getByRole('button', { name: 'Change pattern' }).click();
    const status = page.getByTestId('breathe-restart');
    await expect(status).toHaveText('A new pattern or length starts the breathing again from the first breath.');
    await page.getByRole('radio', { name: /Long exhale/ }).check();
    await expect(status).toHaveText(/^Started again from the first breath: Long exhale, /);
    await expect(page.getByTestId('pacer')).toHaveAttribute('data-step', '0');
  });

  test('?pattern=box with holds off says what runs instead', async ({ page }) => {
    await seedSettings(page, { practice: { holdsEnabled: false } });
    await page.goto('./#/practice/breathe?pattern=box');
    await expect(page.getByTestId('pattern-instead')).toHaveText(
      'Box uses breath holds, which are off in Settings, so this pause uses Steady.',
    );
    await expect(page.getByTestId('breathe-summary')).toHaveText(/^Steady · /);
  });

  test('a pattern Attune does not have (?pattern=foo) says so and what runs instead', async ({ page }) => {
    await page.goto('./#/practice/breathe?pattern=foo');
    await expect(page.getByTestId('pattern-instead')).toHaveText(
      'Attune has no breathing pattern called “foo”, so this pause uses Steady.',
    );
    await expect(page.getByTestId('breathe-summary')).toHaveText(/^Steady · /);
  });

  test('phrases read in their own direction', async ({ page }) => {
    await seedSettings(page, { practice: { phrases: { naming: ['هذا مؤلم.'], common: [], kindness: [] } } });
    await page.goto('./#/practice/acknowledge');
    await page.getByRole('button', { name: 'Skip this step' }).click();
    const phrase = page.getByText('هذا مؤلم.');
    await expect(phrase).toHaveAttribute('dir', 'auto');
    expect(await phrase.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});

test('phrases: nothing is cut without notice, repeats are refused, a full list says why Add is off', async ({
  page,
}) => {
  await openWith(page, '#/settings', { settings: answered });
  const add = page.getByRole('textbox', { name: 'Add a phrase to “Naming what’s hard”' });
  await add.fill('y'.repeat(500));
  await expect(add).toHaveValue('y'.repeat(500));
  await add.press('Enter');
  await expect(
    page.getByText('A phrase can be up to 200 characters; this one has 500.', { exact: false }),
  ).toBeVisible();
  await add.fill('  this hurts. ');
  await add.press('Enter');
  await expect(page.getByText('You already have this phrase here, so it isn’t added twice.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Naming what’s hard, phrase 1 of/ })).toHaveAttribute('dir', 'auto');

  const full = Array.from({ length: 20 }, (_, i) => `Phrase ${i + 1}`);
  await openWith(page, '#/settings', { settings: { ...answered, practice: { phrases: { naming: full } } } });
  const addButton = page.locator('.phrase-group').first().getByRole('button', { name: 'Add', exact: true });
  await expect(addButton).toBeDisabled();
  await expect(addButton).toHaveAccessibleDescription(
    'This list holds up to 20 phrases. To add another, remove one first.',
  );
});

test('the crisis note’s count over its limit reads as a problem', async ({ page }) => {
  await openWith(page, '#/settings', { settings: answered });
  const note = page.getByTestId('crisis-note');
  await note.fill('z'.repeat(2100));
  const count = page.getByText('2100 of 2000 characters — 100 too many');
  await expect(count).toHaveClass(/field-error/);
  await expect(note).toHaveAttribute('aria-invalid', 'true');
});

test.describe('addresses Attune has no screen for', () => {
  for (const address of ['#/Settings', '#/practice/breathe?pattern=Box', '#/nowhere']) {
    test(`${address} shows a kind “not found” with ways back`, async ({ page }) => {
      await page.goto(`./${address}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Nothing to show here' })).toBeVisible();
      await expect(page.getByTestId('not-found')).toContainText('Nothing is wrong with your settings or your pauses.');
      await expectAxeClean(page);
      await page.getByRole('button', { name: 'Open Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    });
  }

  test('an address in other capitals offers the screen it meant', async ({ page }) => {
    await page.goto('./#/Settings');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page).toHaveURL(/#\/settings$/);
  });
});

test('the preview’s “Window closed” placeholder opens the closed screen again', async ({ page }) => {
  await openWith(page, '#/settings', { settings: answered });
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('preview-closed')).toBeVisible();
  await page.getByRole('button', { name: 'Open Settings again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
