// The accessibility check every browser test uses (tests/support/axe.ts) finds what it should:
// with axe running inside the page and gathering violations only, a nameless button and grey
// text on white are still reported, in light and dark, and a check kept to one part of the
// page leaves the rest out. Without this, a check that found nothing would look like a clean app.
import { expect, test } from '@playwright/test';
import { axeProblems } from '../support/axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`the check reports a nameless button and faint text on About (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/about');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);

    await page.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      const nameless = document.createElement('button');
      nameless.id = 'nameless';
      const faint = document.createElement('p');
      faint.id = 'faint';
      faint.textContent = 'Hard to read';
      faint.style.cssText = 'color: #bbb; background: #fff';
      main.append(nameless, faint);
    });
    const problems = await axeProblems(page);
    expect(problems).toContain('button-name: #nameless');
    expect(problems).toContain('color-contrast: #faint');

    // Kept to the faint line: the nameless button is not its business.
    expect(await axeProblems(page, '#faint')).toEqual(['color-contrast: #faint']);
  });
}

test('a page with a frame is refused rather than half checked', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => document.body.append(document.createElement('iframe')));
  await expect(axeProblems(page)).rejects.toThrow('axeProblems checks pages without frames, and this one has 1');
});
