// `npm run simulate -- scenario.json`: replays a scenario through the real scheduler on a
// virtual clock and prints one JSON object per line. Format: docs/simulate.md.
import { readFileSync } from 'node:fs';
import { runScenario } from './simulate/run';
import { parseScenario } from './simulate/scenario';

const USAGE = 'usage: npm run simulate -- <scenario.json>   (format: docs/simulate.md)';

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
    process.stderr.write(`${USAGE}\n`);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const file = args[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`simulate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`simulate: ${file} is not valid JSON: ${(err as Error).message}\n`);
    return 1;
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    process.stderr.write(`simulate: ${file}: ${parsed.error}\n`);
    return 1;
  }
  const out: string[] = [];
  runScenario(parsed.scenario, (line) => out.push(JSON.stringify(line)));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
