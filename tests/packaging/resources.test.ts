// One function decides where bundled resources (icons) are: in process.resourcesPath when
// packaged, in <appPath>/resources during development. Both cases, and the packaging rule that
// makes the packaged case true (extraResources copies resources/icons to <resourcesPath>/icons).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcePath } from '../../src/main/adapters/resources';

const root = path.resolve(import.meta.dirname, '../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  extraResources: { from: string; to: string }[];
};

// What Electron reports on each platform once installed.
const PACKAGED = [
  { platform: 'linux', resourcesPath: '/opt/Attune/resources', appPath: '/opt/Attune/resources/app.asar' },
  {
    platform: 'darwin',
    resourcesPath: '/Applications/Attune.app/Contents/Resources',
    appPath: '/Applications/Attune.app/Contents/Resources/app.asar',
  },
];

describe('resourcePath', () => {
  it.each(PACKAGED)(
    'packaged ($platform): beside app.asar in process.resourcesPath, never inside the asar',
    (where) => {
      const file = resourcePath({ isPackaged: true, ...where }, 'icons', 'tray', 'tray.png');
      expect(file).toBe(path.join(where.resourcesPath, 'icons', 'tray', 'tray.png'));
      expect(file.includes('app.asar')).toBe(false);
    },
  );

  it('development: the project’s resources folder, where the real files are', () => {
    const where = { isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: root };
    const file = resourcePath(where, 'icons', 'attune-256.png');
    expect(file).toBe(path.join(root, 'resources', 'icons', 'attune-256.png'));
    expect(existsSync(file)).toBe(true);
    // Electron's own resources folder is ignored in development.
    expect(file.startsWith(where.resourcesPath)).toBe(false);
  });

  it('every icon found in development is found at the same relative place when packaged', () => {
    const icons = config.extraResources.find((e) => e.from === 'resources/icons');
    expect(icons, 'extraResources must copy resources/icons').toBeDefined();
    const dev = { isPackaged: false, resourcesPath: '/nowhere', appPath: root };
    const packaged = {
      isPackaged: true,
      resourcesPath: '/opt/Attune/resources',
      appPath: '/opt/Attune/resources/app.asar',
    };
    const pngs = listFiles(path.join(root, 'resources/icons')).filter((f) => f.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(5);
    for (const file of pngs) {
      const rel = path.relative(path.join(root, 'resources/icons'), file).split(path.sep);
      expect(resourcePath(dev, 'icons', ...rel)).toBe(file);
      // Where electron-builder puts it: <resourcesPath>/<to>/<rel>.
      const installed = path.join(packaged.resourcesPath, icons?.to ?? '', ...rel);
      expect(resourcePath(packaged, 'icons', ...rel)).toBe(installed);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}
