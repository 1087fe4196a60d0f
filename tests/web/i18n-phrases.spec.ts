// The words of the self-compassion break in the person's language (issue 14, "data stays
// language-free"): Attune's default phrases and crisis note show in the language Attune speaks
// and follow it live; the person's own words stay exactly as they wrote them in every language.
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { Settings, SettingsPatch } from '../../src/shared/settings';
import { defaultSettings } from '../../src/shared/settings';
import { openWith, SETTINGS_VIEWPORT, stored, storedHistory } from './settings-support';

const DE = {
  naming: ['Das tut weh.', 'Das ist gerade schwer.', 'Das ist ein schwieriger Moment.'],
  kindness: [
    'Möge ich sanft mit mir sein.',
    'Was brauche ich gerade zu hören?',
    'Möge ich mir die Fürsorge schenken, die ich brauche.',
  ],
  note: /^Attune ist keine Therapie und keine Krisenhilfe\. Wenn du in einer Krise bist/,
};
const EN_NOTE = /^Attune is not therapy or crisis care\./;
const ANSWERED = { system: { loginPromptAnswered: true } } as const;

/** The acknowledgement steps, walked by their Continue button (whatever its words). */
async function phrasesOffered(page: Page, stepId: 'name' | 'kindness'): Promise<string[]> {
  await page.goto('./#/practice/acknowledge');
  for (let i = 0; i < 6 && !(await page.locator(`section[data-step="${stepId}"]`).isVisible()); i++) {
    await expect(page.locator('section[data-step]')).toBeVisible();
    await page.locator('.practice-continue').click();
  }
  return page.locator(`section[data-step="${stepId}"] .option-phrase`).allTextContents();
}

/** Another window of the preview changes the language (the app's settings:changed, live). */
async function switchLanguage(page: Page, language: Settings['system']['language']): Promise<void> {
  const other = await page.context().newPage();
  await other.goto('./#/about');
  await other.evaluate((lang) => {
    const s = JSON.parse(localStorage.getItem('attune.settings') ?? 'null');
    s.system.language = lang;
    localStorage.setItem('attune.settings', JSON.stringify(s));
  }, language);
  await other.close();
}

test.describe('a German browser, nothing set', () => {
  test.use({ locale: 'de-DE' });

  test('the break offers the default phrases in German', async ({ page }) => {
    expect(await phrasesOffered(page, 'name')).toEqual(DE.naming);
    await page.locator('.practice-continue').click();
    await page.locator('.practice-continue').click();
    await page.locator('.practice-continue').click();
    await expect(page.locator('section[data-step="kindness"] .option-phrase')).toHaveText(DE.kindness);
    await expect(page.getByRole('textbox', { name: 'Deine eigenen Worte' })).toHaveAttribute(
      'placeholder',
      'In meinen eigenen Worten …',
    );
  });

  test('choosing a default keeps it a default: saved first, by id, still German', async ({ page }) => {
    await phrasesOffered(page, 'name');
    await page.getByRole('radio', { name: 'Das ist ein schwieriger Moment.' }).check();
    await page.locator('.practice-continue').click();
    await expect.poll(async () => (await stored(page))?.practice.phrases.naming[0]).toEqual({ id: 'naming.3' });
  });

  test('the editor shows the defaults in German while they are stored as ids', async ({ page }) => {
    await openWith(page, '#/settings', { settings: ANSWERED });
    await expect(page.getByRole('heading', { name: 'Deine Sätze' })).toBeVisible();
    for (const [i, text] of DE.kindness.entries())
      await expect(page.getByRole('textbox', { name: `Ein freundliches Wort, Satz ${i + 1} von 3` })).toHaveValue(text);
    await expect(page.getByText('Zum Beispiel „Das tut weh.“')).toBeVisible();
    expect((await stored(page)).practice.phrases).toEqual(defaultSettings().practice.phrases);
    await expect(page.getByRole('textbox', { name: 'Deine Krisennotiz' })).toHaveValue(DE.note);
  });

  test('restore the usual phrases puts the ids back (shown in German), with an undo', async ({ page }) => {
    const mine = ['Ich gebe mein Bestes.', { id: 'kindness.2' as const }];
    await openWith(page, '#/settings', { settings: { ...ANSWERED, practice: { phrases: { kindness: mine } } } });
    await expect(page.getByRole('textbox', { name: 'Ein freundliches Wort, Satz 1 von 2' })).toHaveValue(
      'Ich gebe mein Bestes.',
    );
    await page.getByRole('button', { name: 'Die üblichen Sätze wiederherstellen' }).click();
    await expect(page.getByText('Die üblichen Sätze sind wieder da.')).toBeVisible();
    await expect.poll(async () => (await stored(page)).practice.phrases).toEqual(defaultSettings().practice.phrases);
    await expect(page.getByRole('textbox', { name: 'Ein freundliches Wort, Satz 1 von 3' })).toHaveValue(
      DE.kindness[0] as string,
    );
    await expect(page.getByRole('button', { name: 'Die üblichen Sätze wiederherstellen' })).toBeDisabled();
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(async () => (await stored(page)).practice.phrases.kindness).toEqual(mine);
  });

  test('the crisis screen shows Attune’s note in German, and the person’s own note as written', async ({ page }) => {
    await openWith(page, '#/crisis', { settings: ANSWERED });
    await expect(page.getByTestId('crisis-screen-note')).toHaveText(DE.note);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wenn du in einer Krise bist');
    await expect(page.locator('#main').getByRole('link', { name: 'Einstellungen' })).toBeVisible();
    await openWith(page, '#/crisis', { settings: { ...ANSWERED, crisisNote: 'Call Sam: 0123 456 789.' } });
    await expect(page.getByTestId('crisis-screen-note')).toHaveText('Call Sam: 0123 456 789.');
  });

  test('an older preview’s English words are upgraded: defaults in German, the person’s as written', async ({
    page,
  }) => {
    const v5 = structuredClone(defaultSettings()) as unknown as Record<string, unknown> & Settings;
    const old = {
      ...v5,
      version: 5,
      system: { startAtLogin: false, loginPromptAnswered: true, theme: 'system', quickPauseShortcut: null },
      practice: {
        ...v5.practice,
        phrases: {
          naming: ['This hurts.', 'Heavy day, and that is allowed.'],
          common: ["I'm not the only one who feels this."],
          kindness: ['May I be gentle with myself.'],
        },
      },
      crisisNote:
        'Attune is not therapy or crisis care. If you are in crisis or thinking about harming yourself, please contact your local emergency number or a crisis line where you live. You deserve support from a person right now.',
    };
    const rec = { id: 'a', kind: 'full', startedAt: Date.UTC(2026, 2, 1, 9), durationSeconds: 60, completed: true };
    await page.goto('./#/about');
    await page.evaluate(
      ([s, h]) => {
        localStorage.setItem('attune.settings', s);
        localStorage.setItem('attune.history', h);
      },
      [
        JSON.stringify(old),
        JSON.stringify([
          { ...rec, checkIn: 'Tired ' },
          { ...rec, id: 'b', checkIn: 'müde' },
        ]),
      ] as const,
    );
    await page.goto('./#/settings');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Benennen, was schwer ist, Satz 1 von 2' })).toHaveValue(
      'Das tut weh.',
    );
    await expect(page.getByRole('textbox', { name: 'Benennen, was schwer ist, Satz 2 von 2' })).toHaveValue(
      'Heavy day, and that is allowed.',
    );
    const s = await stored(page);
    expect(s.version).toBe(defaultSettings().version);
    expect(s.practice.phrases).toEqual({
      naming: [{ id: 'naming.1' }, 'Heavy day, and that is allowed.'],
      common: [{ id: 'common.1' }],
      kindness: [{ id: 'kindness.1' }],
    });
    expect(s.crisisNote).toBeNull();
    expect(s.system.language).toBe('system');
    // Check-ins as ids; a word that is none is taken off, the pause kept.
    expect(await storedHistory(page)).toEqual([
      { ...rec, checkIn: 'tired' },
      { ...rec, id: 'b' },
    ]);
  });
});

test.describe('switching language live', () => {
  test.use({ locale: 'en-US', viewport: SETTINGS_VIEWPORT });

  test('an edited phrase stays exactly as typed; the defaults around it follow the language', async ({ page }) => {
    const own = 'Ich gebe mein Bestes —  wirklich.';
    const patch: SettingsPatch = {
      ...ANSWERED,
      practice: { phrases: { kindness: [{ id: 'kindness.1' }, own, { id: 'kindness.3' }] } },
    };
    await openWith(page, '#/settings', { settings: patch });
    // Editing a default's words makes the item the person's own.
    const third = page.getByRole('textbox', { name: 'A kind word, phrase 3 of 3' });
    await expect(third).toHaveValue('May I give myself the care I need.');
    await third.fill('May I give myself the care I need today.');
    await third.blur();
    const mine = [{ id: 'kindness.1' }, own, 'May I give myself the care I need today.'];
    await expect.poll(async () => (await stored(page)).practice.phrases.kindness).toEqual(mine);

    await switchLanguage(page, 'de');
    await expect(page.locator('html')).toHaveAttribute('lang', /^de/);
    const field = (n: number) => page.getByRole('textbox', { name: `Ein freundliches Wort, Satz ${n} von 3` });
    await expect(field(1)).toHaveValue('Möge ich sanft mit mir sein.');
    await expect(field(2)).toHaveValue(own);
    await expect(field(3)).toHaveValue('May I give myself the care I need today.');
    await switchLanguage(page, 'ja');
    await expect(page.getByRole('textbox', { name: 'やさしい言葉、3 件中 1 件目のフレーズ' })).toHaveValue(
      '自分にやさしくいられますように。',
    );
    await expect(page.getByRole('textbox', { name: 'やさしい言葉、3 件中 2 件目のフレーズ' })).toHaveValue(own);
    // Nothing was rewritten by the switches: the person's words and the ids, as they were.
    expect((await stored(page)).practice.phrases.kindness).toEqual(mine);

    // The break offers the same: the default in Japanese, the person's words untouched.
    expect(await phrasesOffered(page, 'kindness')).toEqual([
      '自分にやさしくいられますように。',
      own,
      'May I give myself the care I need today.',
    ]);
  });

  test('the break offers each phrase once, even a default’s words typed out beside it', async ({ page }) => {
    await openWith(page, '#/about', {
      settings: { practice: { phrases: { naming: [{ id: 'naming.1' }, 'This hurts.', 'Mine.', { id: 'naming.1' }] } } },
    });
    expect(await phrasesOffered(page, 'name')).toEqual(['This hurts.', 'Mine.']);
  });

  test('Attune’s crisis note follows the language; the person’s note never does', async ({ page }) => {
    await openWith(page, '#/settings', { settings: ANSWERED });
    const note = page.getByTestId('crisis-note');
    await expect(note).toHaveValue(EN_NOTE);
    await expect(page.getByRole('button', { name: 'Restore the original note' })).toBeDisabled();

    await switchLanguage(page, 'de');
    await expect(note).toHaveValue(DE.note);
    expect((await stored(page)).crisisNote).toBeNull();

    await note.fill('Ruf Sam an: 0123 456 789.');
    await note.blur();
    await expect.poll(async () => (await stored(page)).crisisNote).toBe('Ruf Sam an: 0123 456 789.');
    await switchLanguage(page, 'fr');
    await expect(page.getByRole('textbox', { name: 'Votre note de crise' })).toHaveValue('Ruf Sam an: 0123 456 789.');

    // Restore: Attune's note again (null), in French; undo brings the person's back.
    await page.getByRole('button', { name: 'Rétablir la note d’origine' }).click();
    await expect.poll(async () => (await stored(page)).crisisNote).toBeNull();
    await expect(note).toHaveValue(/^Attune n’est ni une thérapie ni une aide en cas de crise\./);
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(async () => (await stored(page)).crisisNote).toBe('Ruf Sam an: 0123 456 789.');

    // Emptied: Attune's note comes back rather than none.
    await note.fill('');
    await note.blur();
    await expect.poll(async () => (await stored(page)).crisisNote).toBeNull();
    await expect(note).toHaveValue(/^Attune n’est ni une thérapie/);
  });
});

test.describe('Arabic', () => {
  test.use({ locale: 'ar' });

  test('right to left, with the phrases and the crisis note in Arabic', async ({ page }) => {
    expect(await phrasesOffered(page, 'name')).toEqual(['هذا مؤلم.', 'هذا صعب الآن.', 'هذه لحظة معاناة.']);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await openWith(page, '#/crisis', { settings: ANSWERED });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('crisis-screen-note')).toHaveText(/^Attune ليس علاجًا ولا رعايةً للأزمات\./);
    await expect(page.getByRole('button', { name: 'العثور على خط دعم قريب منك' })).toBeVisible();
  });
});

/** Screenshots of the phrases editor and the crisis note in each language and theme, to look at. */
async function shoot(browser: Browser, locale: string, theme: 'light' | 'dark'): Promise<void> {
  const context = await browser.newContext({ locale, colorScheme: theme, viewport: SETTINGS_VIEWPORT });
  const page = await context.newPage();
  await openWith(page, '#/settings', {
    settings: { ...ANSWERED, practice: { phrases: { kindness: [{ id: 'kindness.1' }, 'Mine, as I wrote it.'] } } },
  });
  const editor = page.locator('section.phrases');
  await editor.scrollIntoViewIfNeeded();
  // Nothing overflows its control: every field and button is as wide as its content needs.
  const overflowing = await editor.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('button, h3, h4, p, legend')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(overflowing).toEqual([]);
  await editor.screenshot({ path: `test-results/i18n-phrases/phrases-${locale}-${theme}.png` });
  await page.locator('#crisis').screenshot({ path: `test-results/i18n-phrases/crisis-${locale}-${theme}.png` });
  await context.close();
}

for (const locale of ['de-DE', 'ja-JP', 'ar', 'en-XA']) {
  test(`the editor and the crisis note in ${locale}, light and dark, nothing overflowing`, async ({ browser }) => {
    await shoot(browser, locale, 'light');
    await shoot(browser, locale, 'dark');
  });
}
