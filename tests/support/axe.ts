// axe-core for every browser test: what it finds wrong on the page, one line per rule broken.
//
// Through @axe-core/playwright in its legacy mode, so axe runs inside the page. The default mode
// opens a blank page for every check, to merge results from frames of other origins; Attune's
// screens have no frames, and that page was most of each check's time (about three times longer
// on Settings). Only violations are gathered: the one list the tests read.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every axe violation on `page` (or inside `include`), as "rule: element, element". */
export async function axeProblems(page: Page, include?: string): Promise<string[]> {
  const frames = await page.locator('iframe').count();
  if (frames > 0) throw new Error(`axeProblems checks pages without frames, and this one has ${frames}`);
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
