// `npm run bench`: runs every tools/bench/*.bench.ts in turn. Each prints its own figures and
// budgets; a budget exceeded makes the whole run exit non-zero, after all benches ran.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<boolean> };
  try {
    if (!(await mod.default())) failed++;
  } catch (err) {
    failed++;
    console.error(err);
  }
}
console.log(failed ? `\n${failed} bench(es) over budget or failed` : '\nall benchmarks within budget');
process.exit(failed ? 1 : 0);
