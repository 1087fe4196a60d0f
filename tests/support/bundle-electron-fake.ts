// The typed electron fake as one plain ES module, for code that runs the built app in a child
// Node process (no TypeScript loader there): `electron` resolves to this file through a loader hook.
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles tests/fakes/electron.ts (and the modules it imports) into `outFile`. */
export async function bundleElectronFake(outFile: string): Promise<void> {
  await build({
    entryPoints: [path.resolve('tests/fakes/electron.ts')],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
}
