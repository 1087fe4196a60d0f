// The settings screen in Chromium against the web preview: reached and worked entirely from the
// keyboard, every change saved at once and still there after a reload, invalid input refused
// with a message, the pauses-today preview following the active hours, export and delete.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { defaultSettings, type Settings } from '../../src/shared/settings';
import {
  describeIds,
  fixClock,
  openWith,
  reachableControls,
  SETTINGS_VIEWPORT,
  sampleHistory,
  stored,
  storedHistory,
  tabWalk,
} from './settings-support';

test.use({ viewport: SETTINGS_VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });

const preview = (page: Page) => page.getByTestId('pauses-today');

async function reloadSettings(page: Page) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Reminders' })).toBeVisible();
}

/** Focuses a control the way a keyboard user would reach it, then checks it really has focus. */
async function focus(locator: ReturnType<Page['locator']>) {
  await locator.focus();
  await expect(locator).toBeFocused();
}

test.beforeEach(async ({ page }) => {
  await fixClock(page);
});

test('every control can be reached with Tab, in order, and nothing else steals focus', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  // Open the custom pattern editor and a second time range too, so their controls are counted.
  await page.getByRole('radio', { name: /Your own/ }).check();
  await page.getByRole('button', { name: 'Add a time range' }).click();
  await expect(page.getByTestId('range-2')).toBeVisible();
  const expected = await reachableControls(page);
  const walked = await tabWalk(page);
  const missing = expected.filter((id) => !walked.includes(id));
  expect(await describeIds(page, missing)).toEqual([]);
  expect(walked.length).toBeGreaterThanOrEqual(expected.length);
  // Reading order: tab order matches the document order (as a cycle: the walk may start midway).
  const order = walked.filter((id) => expected.includes(id));
  const start = order.indexOf(expected[0] as string);
  expect([...order.slice(start), ...order.slice(0, start)]).toEqual(expected);
  expect(expected.length).toBeGreaterThan(60);
});

test('reminders: switch, interval, selects and active hours all work from the keyboard and persist', async ({
  page,
}) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });

  const enabled = page.getByRole('switch', { name: 'Offer pauses on a schedule' });
  await focus(enabled);
  await page.keyboard.press('Space');
  await expect(enabled).not.toBeChecked();
  await expect(preview(page)).toHaveText(/^Reminders are off/);
  await page.keyboard.press('Space');
  await expect(enabled).toBeChecked();

  const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
  await focus(interval);
  await page.keyboard.press('ArrowUp'); // 61
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await stored(page)).schedule.intervalMinutes).toBe(61);
  await focus(interval);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('45');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page)).schedule.intervalMinutes).toBe(45);

  const snooze = page.getByRole('combobox', { name: '“Later” offers the pause again after' });
  await focus(snooze);
  await page.keyboard.press('ArrowDown');
  await expect(snooze).toHaveValue('15');
  const lull = page.getByRole('combobox', { name: 'Wait for a lull in typing' });
  await focus(lull);
  await page.keyboard.press('Home');
  await expect(lull).toHaveValue('0');
  const idle = page.getByRole('combobox', { name: 'Time away that counts as a break' });
  await focus(idle);
  await page.keyboard.press('End');
  await expect(idle).toHaveValue('30');

  // A second range, on Saturday only, from the keyboard.
  await focus(page.getByRole('button', { name: 'Add a time range' }));
  await page.keyboard.press('Enter');
  const range2 = page.getByTestId('range-2');
  await expect(range2.getByRole('checkbox', { name: 'Monday' })).toBeFocused();
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    await focus(range2.getByRole('checkbox', { name: day }));
    await page.keyboard.press('Space');
  }
  await focus(range2.getByRole('checkbox', { name: 'Saturday' }));
  await page.keyboard.press('Space');
  await focus(range2.getByLabel('Range 2 starts at'));
  await page.keyboard.type('1000');
  await focus(range2.getByLabel('Range 2 ends at'));
  await page.keyboard.type('1200');

  await expect
    .poll(async () => (await stored(page)).schedule)
    .toMatchObject({
      enabled: true,
      intervalMinutes: 45,
      snoozeMinutes: 15,
      waitForLullSeconds: 0,
      idleResetMinutes: 30,
      activeHours: [
        { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
        { days: [6], start: '10:00', end: '12:00' },
      ],
    });

  await reloadSettings(page);
  await expect(page.getByRole('spinbutton', { name: 'Time between pauses' })).toHaveValue('45');
  await expect(page.getByRole('combobox', { name: '“Later” offers the pause again after' })).toHaveValue('15');
  await expect(page.getByTestId('range-2').getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await expect(page.getByTestId('range-2').getByLabel('Range 2 ends at')).toHaveValue('12:00');

  // Removing a range keeps focus close by.
  await focus(page.getByRole('button', { name: 'Remove range 2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('range-2')).toHaveCount(0);
  await expect(page.getByTestId('range-1').getByRole('checkbox', { name: 'Monday' })).toBeFocused();
  await expect.poll(async () => (await stored(page)).schedule.activeHours).toHaveLength(1);
});

test('an invalid value shows a clear message beside the field and changes nothing', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  const before = await stored(page);
  const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
  await focus(interval);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  const message = page.getByText('5 is outside what Attune allows here. Choose a number from 10 to 240.');
  await expect(message).toBeVisible();
  // The message is tied to the field for screen readers.
  const describedBy = (await interval.getAttribute('aria-describedby')) ?? '';
  expect(await message.getAttribute('id')).not.toBeNull();
  expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
  await page.waitForTimeout(700); // longer than the save delay: still nothing saved
  expect(await stored(page)).toEqual(before);

  // An empty phrase, a range with no days, and the same start and end: each refused.
  const phrase = page.getByRole('textbox', { name: 'Naming what’s hard, phrase 1 of 3' });
  await phrase.fill('');
  await phrase.blur();
  await expect(page.getByText('A phrase can’t be empty. If you’d rather not have it, remove it.')).toBeVisible();
  expect(await stored(page)).toEqual(before);
  // Each day unticked is saved while a day remains; unticking the last one is refused.
  const range = page.getByTestId('range-1');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) {
    await range.getByRole('checkbox', { name: day }).uncheck();
  }
  await expect.poll(async () => (await stored(page)).schedule.activeHours[0]?.days).toEqual([5]);
  const fridayOnly = await stored(page);
  await range.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await expect(range.getByText('Pick at least one day for this range.')).toBeVisible();
  await page.waitForTimeout(700);
  expect(await stored(page)).toEqual(fridayOnly);

  await reloadSettings(page);
  await expect(page.getByRole('spinbutton', { name: 'Time between pauses' })).toHaveValue('60');
  await expect(page.getByTestId('range-1').getByRole('checkbox', { name: 'Friday' })).toBeChecked();
  const end = page.getByTestId('range-1').getByLabel('Range 1 ends at');
  await end.fill('09:00');
  await expect(page.getByText('The start and end are the same time. Choose an end that differs.')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await stored(page)).toEqual(fridayOnly);

  // Fixing the value clears the message and saves.
  await focus(interval);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('90');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page)).schedule.intervalMinutes).toBe(90);
});

test('the pauses-today preview follows the active hours', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  // Monday; the default hours are weekdays 09:00–17:30, hourly.
  await expect(preview(page)).toHaveText('Your pauses today: 10:00, 11:00, 12:00, 13:00, 14:00, 15:00, 16:00, 17:00.');
  const range = page.getByTestId('range-1');
  await range.getByLabel('Range 1 ends at').fill('12:00');
  await expect(preview(page)).toHaveText('Your pauses today: 10:00, 11:00.');
  await range.getByLabel('Range 1 starts at').fill('08:30');
  await expect(preview(page)).toHaveText('Your pauses today: 09:30, 10:30, 11:30.');

  const interval = page.getByRole('spinbutton', { name: 'Time between pauses' });
  await interval.fill('30');
  await interval.press('Enter');
  await expect(preview(page)).toHaveText('Your pauses today: 09:00, 09:30, 10:00, 10:30, 11:00, 11:30.');

  // Not on Mondays: no pauses today.
  await range.getByRole('checkbox', { name: 'Monday' }).uncheck();
  await expect(preview(page)).toHaveText('No pauses today: today is outside your active hours.');

  // Sunday night into Monday morning counts for today.
  await page.getByRole('button', { name: 'Add a time range' }).click();
  const late = page.getByTestId('range-2');
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
    await late.getByRole('checkbox', { name: day }).uncheck();
  }
  await late.getByRole('checkbox', { name: 'Sunday' }).check();
  await late.getByLabel('Range 2 starts at').fill('23:00');
  await late.getByLabel('Range 2 ends at').fill('01:15');
  await expect(late.getByText('ends the next morning')).toBeVisible();
  await expect(preview(page)).toHaveText('Your pauses today: 00:00, 00:30, 01:00.');
  await expect
    .poll(async () => (await stored(page)).schedule.activeHours[1])
    .toEqual({ days: [0], start: '23:00', end: '01:15' });
});

test('practice: holds, patterns, length, switches, motion, anchor — by keyboard, and remembered', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });

  // Box and 4-7-8 are offered only once holds are on.
  await expect(page.getByRole('radio', { name: /^Box/ })).toHaveCount(0);
  await focus(page.getByRole('switch', { name: 'Include breath holds' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^Box/ })).toBeVisible();
  await focus(page.getByRole('radio', { name: /^Steady/ }));
  await page.keyboard.press('ArrowDown'); // Long exhale
  await page.keyboard.press('ArrowDown'); // Sigh
  await page.keyboard.press('ArrowDown'); // Box
  await expect(page.getByRole('radio', { name: /^Box/ })).toBeChecked();
  await expect.poll(async () => (await stored(page)).practice.pattern).toBe('box');
  // Turning holds off moves the pattern to Steady, and says so.
  await focus(page.getByRole('switch', { name: 'Include breath holds' }));
  await page.keyboard.press('Space');
  await expect(page.getByText('Box uses holds, so your pattern is now Steady.')).toBeVisible();
  await expect
    .poll(async () => (await stored(page)).practice)
    .toMatchObject({ holdsEnabled: false, pattern: 'coherent' });

  // Your own pattern, in half-second steps.
  await focus(page.getByRole('radio', { name: /^Steady/ }));
  await page.keyboard.press('ArrowUp'); // wraps to "Your own"
  await expect(page.getByRole('radio', { name: /^Your own/ })).toBeChecked();
  const inhale = page.getByRole('spinbutton', { name: 'Breathe in' });
  await focus(inhale);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page)).practice.custom.inhale).toBe(4.5);
  await inhale.fill('4.3');
  await inhale.press('Enter');
  await expect(page.getByText('Please use steps of 0.5.')).toBeVisible();

  // Length in breaths.
  await focus(page.getByRole('radio', { name: 'In minutes' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'In breaths' })).toBeChecked();
  const breaths = page.getByRole('spinbutton', { name: 'Breaths' });
  await focus(breaths);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('8');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await stored(page)).practice).toMatchObject({ lengthUnit: 'cycles', cycles: 8 });

  // Seconds, sound and its volume.
  await focus(page.getByRole('switch', { name: 'Show seconds while breathing' }));
  await page.keyboard.press('Space');
  const volume = page.getByRole('slider', { name: 'Volume' });
  await expect(volume).toBeDisabled();
  await focus(page.getByRole('switch', { name: 'A soft sound that follows the breath' }));
  await page.keyboard.press('Space');
  await expect(volume).toBeEnabled();
  await focus(volume);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(volume).toHaveAttribute('aria-valuetext', '50%');

  // Motion and anchor.
  await focus(page.getByRole('radio', { name: 'Follow my system’s setting' }));
  await page.keyboard.press('ArrowDown');
  await focus(page.getByRole('radio', { name: /^Your breath/ }));
  await page.keyboard.press('ArrowDown');

  await expect
    .poll(async () => (await stored(page)).practice)
    .toMatchObject({
      pattern: 'custom',
      showSeconds: true,
      sound: true,
      volume: 0.5,
      reducedMotion: 'always',
      anchor: 'feet',
    });
  await reloadSettings(page);
  await expect(page.getByRole('radio', { name: /^Your own/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Always keep it still' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Your feet on the floor/ })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Show seconds while breathing' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Volume' })).toHaveValue('0.5');
  await expect(page.getByRole('spinbutton', { name: 'Breaths' })).toHaveValue('8');
});

test('phrases: add, edit, reorder, remove and restore, all by keyboard, with undo', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  const kindness = () => stored(page).then((s) => s.practice.phrases.kindness);

  const add = page.getByRole('textbox', { name: 'Add a phrase to “A kind word”' });
  await focus(add);
  await page.keyboard.type('You are doing enough.');
  await page.keyboard.press('Enter');
  await expect.poll(kindness).toEqual([...defaultSettings().practice.phrases.kindness, 'You are doing enough.']);

  // Move it to the top: focus follows the phrase.
  const up = page.getByRole('button', { name: 'Move “You are doing enough.” up' });
  await focus(up);
  await page.keyboard.press('Enter');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(kindness).toEqual(['You are doing enough.', ...defaultSettings().practice.phrases.kindness]);
  // At the top "up" is disabled, so focus moved to "down" for the same phrase.
  await expect(page.getByRole('button', { name: 'Move “You are doing enough.” down' })).toBeFocused();

  // Edit in place.
  const first = page.getByRole('textbox', { name: 'A kind word, phrase 1 of 4' });
  await focus(first);
  await page.keyboard.press('End');
  await page.keyboard.type(' Truly.');
  await page.keyboard.press('Tab');
  await expect.poll(kindness).toEqual(['You are doing enough. Truly.', ...defaultSettings().practice.phrases.kindness]);

  // Remove one of the usual ones.
  await focus(page.getByRole('button', { name: 'Remove “What do I need to hear right now?”' }));
  await page.keyboard.press('Enter');
  await expect.poll(kindness).toEqual(['You are doing enough. Truly.', { id: 'kindness.1' }, { id: 'kindness.3' }]);

  await reloadSettings(page);
  await expect(page.getByRole('textbox', { name: 'A kind word, phrase 1 of 3' })).toHaveValue(
    'You are doing enough. Truly.',
  );

  // Restore the usual phrases, then undo: nothing the person wrote is lost by one click.
  await focus(page.getByRole('button', { name: 'Restore the usual phrases' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('The usual phrases are back.')).toBeVisible();
  await expect.poll(() => stored(page).then((s) => s.practice.phrases)).toEqual(defaultSettings().practice.phrases);
  await focus(page.getByRole('button', { name: 'Undo' }));
  await page.keyboard.press('Enter');
  await expect.poll(kindness).toEqual(['You are doing enough. Truly.', { id: 'kindness.1' }, { id: 'kindness.3' }]);
});

test('reading, system and the crisis note: by keyboard, and remembered', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  await focus(page.getByRole('radio', { name: 'Same as Attune' }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // Sepia
  const size = page.getByRole('slider', { name: 'Text size' });
  await focus(size);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(size).toHaveAttribute('aria-valuetext', '2 steps larger');

  await focus(page.getByRole('switch', { name: 'Start Attune when you log in' }));
  await page.keyboard.press('Space');
  await focus(page.getByRole('radio', { name: 'Match my system' }));
  await page.keyboard.press('ArrowRight'); // Light
  await page.keyboard.press('ArrowRight'); // Dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const note = page.getByRole('textbox', { name: 'Your crisis note' });
  await focus(note);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' My sister Ana: 555 0100.');
  await page.keyboard.press('Tab');

  await expect
    .poll(async () => {
      const s: Settings = await stored(page);
      return { reading: s.reading, system: s.system, note: s.crisisNote?.endsWith('My sister Ana: 555 0100.') };
    })
    .toEqual({
      reading: { theme: 'sepia', textSize: 2, positions: {} },
      system: {
        startAtLogin: true,
        loginPromptAnswered: true,
        theme: 'dark',
        quickPauseShortcut: null,
        language: 'system',
      },
      note: true,
    });
  await reloadSettings(page);
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Start Attune when you log in' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('textbox', { name: 'Your crisis note' })).toHaveValue(/My sister Ana: 555 0100\.$/);

  // Too long: refused with a message, nothing saved.
  const before = await stored(page);
  await page.getByRole('textbox', { name: 'Your crisis note' }).fill('x'.repeat(2001));
  await page.getByRole('textbox', { name: 'Your crisis note' }).blur();
  await expect(page.getByText(/The note can be up to 2000 characters; it has 2001\./)).toBeVisible();
  expect(await stored(page)).toEqual(before);

  // Restoring the original wording has an undo.
  await page.getByRole('textbox', { name: 'Your crisis note' }).fill(before.crisisNote ?? '');
  await page.getByRole('textbox', { name: 'Your crisis note' }).blur();
  await page.getByRole('button', { name: 'Restore the original note' }).click();
  await expect.poll(async () => (await stored(page)).crisisNote).toBe(defaultSettings().crisisNote);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await stored(page)).crisisNote).toBe(before.crisisNote);
  await expect(page.getByRole('button', { name: 'Find a helpline near you' })).toBeVisible();
});

test('the first visit asks once about starting at login; "Not now" is respected', async ({ page }) => {
  await openWith(page, '#/settings');
  const prompt = page.getByTestId('login-prompt');
  await expect(prompt.getByRole('heading', { name: 'Start Attune when you log in?' })).toBeVisible();
  await focus(prompt.getByRole('button', { name: 'Not now' }));
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  await expect(page.getByText('All right. If you change your mind, it’s under System.')).toBeVisible();
  await expect
    .poll(async () => (await stored(page)).system)
    .toMatchObject({ startAtLogin: false, loginPromptAnswered: true });
  await reloadSettings(page);
  await expect(page.getByTestId('login-prompt')).toHaveCount(0);
});

test('saying yes to the first-run question turns start at login on', async ({ page }) => {
  await openWith(page, '#/settings');
  await page.getByTestId('login-prompt').getByRole('button', { name: 'Yes, start at login' }).click();
  await expect
    .poll(async () => (await stored(page)).system)
    .toMatchObject({ startAtLogin: true, loginPromptAnswered: true });
  await expect(page.getByRole('switch', { name: 'Start Attune when you log in' })).toBeChecked();
});

test('export writes one valid JSON file with every setting and the whole history', async ({ page }) => {
  const history = sampleHistory();
  await openWith(page, '#/settings', {
    settings: { system: { loginPromptAnswered: true }, crisisNote: 'Mine.' },
    history,
  });
  await page.getByRole('spinbutton', { name: 'Time between pauses' }).fill('75');
  await page.getByRole('spinbutton', { name: 'Time between pauses' }).press('Enter');
  await expect.poll(async () => (await stored(page)).schedule.intervalMinutes).toBe(75);

  const download = page.waitForEvent('download');
  await focus(page.getByTestId('export'));
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toBe('attune-export-2026-03-02.json');
  const doc = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(doc.app).toBe('Attune');
  // The same version About shows (package.json's), never a placeholder.
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(doc.version).toBe(version);

  expect(doc.settings.schedule.intervalMinutes).toBe(75);
  // Every setting there is, key for key.
  const keys = (o: unknown, p = ''): string[] =>
    o && typeof o === 'object' && !Array.isArray(o)
      ? Object.entries(o).flatMap(([k, v]) => [`${p}${k}`, ...keys(v, `${p}${k}.`)])
      : [];
  expect(keys(doc.settings).sort()).toEqual(keys(defaultSettings()).sort());
  expect(doc.history).toEqual(history);
  await expect(page.getByText('Downloaded as attune-export-2026-03-02.json.')).toBeVisible();
  await page.getByRole('link', { name: 'About' }).click();
  await expect(page.locator('.about-facts dd').first()).toHaveText(version);
});

test('deleting the history asks first, in a real dialog, and Esc keeps everything', async ({ page }) => {
  const history = sampleHistory();
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } }, history });
  const del = page.getByTestId('delete-history');
  await expect(
    page.getByText(`Removes the record of ${history.length} pauses, with their notes. Your settings stay.`),
  ).toBeVisible();

  await focus(del);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete your pause history?' });
  await expect(dialog).toBeVisible();
  // Focus starts on the safe choice and stays inside the dialog.
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete history' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  // Esc closes the dialog only: the window stays, the history stays, focus goes back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('preview-closed')).toHaveCount(0);
  await expect(del).toBeFocused();
  expect(await storedHistory(page)).toEqual(history);

  // "Keep it" changes nothing either.
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Keep it' }).press('Enter');
  await expect(dialog).toBeHidden();
  expect(await storedHistory(page)).toEqual(history);

  // Confirmed: gone, and said plainly. The settings are untouched.
  const settingsBefore = await stored(page);
  await del.press('Enter');
  await dialog.getByRole('button', { name: 'Delete history' }).press('Enter');
  await expect(page.getByText('Your pause history has been deleted.')).toBeVisible();
  expect(await storedHistory(page)).toEqual([]);
  expect(await stored(page)).toEqual(settingsBefore);
  await expect(del).toBeDisabled();
});

test('the data section says where the files are', async ({ page }) => {
  await openWith(page, '#/settings', { settings: { system: { loginPromptAnswered: true } } });
  const data = page.locator('#data');
  await expect(data.getByText('localStorage: attune.settings')).toBeVisible();
  await expect(data.getByText('localStorage: attune.history')).toBeVisible();
});
