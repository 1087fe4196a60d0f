// The typed electron fake as one plain ES module, for code that runs the built app in a child
// Node process (no TypeScript loader there): `electron` resolves to this file through a loader hook.
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles tests/fakes/electron.ts (and the modules it imports) into `outFile`; `entry` names
 * another entry that builds on the fake (the end-to-end harness's tests/e2e/harness/electron-e2e.ts).
 */
export async function bundleElectronFake(outFile: string, entry = 'tests/fakes/electron.ts'): Promise<void> {
  await build({
    entryPoints: [path.resolve(entry)],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
}
