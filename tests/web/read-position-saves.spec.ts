// The reading view's position saves are coalesced (issue 15, point 6): every save is a disk write
// in main, and a folder that cannot be written used to cost a second of CPU per save. A long,
// steady scroll is one save once the page is still — not one every half second.
import { expect, test } from '@playwright/test';

test('three seconds of steady scrolling make one save, after the scrolling stops', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { settingsSaves: number };
    w.settingsSaves = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'attune.settings') w.settingsSaves++;
      return setItem.call(this, key, value);
    };
  });
  await page.goto('./#/read');
  await expect(page.locator('.reader-article')).toBeVisible();
  const saves = () => page.evaluate(() => (window as unknown as { settingsSaves: number }).settingsSaves);
  const before = await saves();
  // A person scrolling steadily: a little every 100 ms for 3 s.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let n = 0;
        const tick = setInterval(() => {
          window.scrollBy(0, 40);
          if (++n === 30) {
            clearInterval(tick);
            resolve();
          }
        }, 100);
      }),
  );
  expect(await saves(), 'saves while scrolling').toBe(before);
  await expect.poll(saves, { timeout: 5000 }).toBe(before + 1);
  // And it stays one.
  await page.waitForTimeout(1500);
  expect(await saves()).toBe(before + 1);
  const saved = await page.evaluate(
    () => JSON.parse(localStorage.getItem('attune.settings') ?? 'null').reading.positions['forget-loving-yourself'],
  );
  expect(saved).toBeGreaterThan(0);
});
