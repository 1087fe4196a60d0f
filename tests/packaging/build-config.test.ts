// The packaging configuration, checked without building (CI cannot download Electron): the YAML
// is validated against electron-builder's own JSON schema, shipped in its package, and every
// promise it makes — targets, fuses, what goes into the asar, what stays out of it, icons, the
// Linux desktop entry — is asserted here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { minimatch } from 'minimatch';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, EXECUTABLE_NAME, PRODUCT_NAME } from '../../src/shared/app-identity';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// js-yaml ships no types; electron-builder itself reads its YAML with it.
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as Record<string, unknown>;

type Json = Record<string, unknown>;
const readYaml = (file: string) => yaml.load(readFileSync(path.join(root, file), 'utf8')) as Json;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Json & {
  dependencies?: Record<string, string>;
};

function validator() {
  // electron-builder's schema is draft-07 and uses a few keywords ajv's strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(schema);
}
const validate = validator();
function schemaErrors(config: unknown): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const config = readYaml('electron-builder.yml');
const e2eRaw = readYaml('electron-builder.e2e.yml');
let e2e: Configuration;
beforeAll(async () => {
  // electron-builder's own loader resolves `extends` and merges exactly as a build would.
  e2e = await getConfig(root, path.join(root, 'electron-builder.e2e.yml'), null);
});

const section = (name: string) => config[name] as Json;
type Target = string | { target: string; arch?: string[] };
const targetsOf = (platform: string) =>
  (section(platform).target as Target[]).map((t) => (typeof t === 'string' ? { target: t } : t));

const HARDENED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml against electron-builder’s JSON schema', () => {
  it('is valid as written', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('the end-to-end variant is valid, as written and once merged by electron-builder’s loader', () => {
    expect(schemaErrors(e2eRaw)).toEqual([]);
    expect(schemaErrors(e2e)).toEqual([]);
  });

  it('rejects a broken configuration (the validator can fail)', () => {
    const broken = structuredClone(config);
    (broken.mac as Json).extendInfos = { LSUIElement: true };
    (broken.electronFuses as Json).runAsNode = 'no';
    const errors = schemaErrors(broken);
    expect(errors.some((e) => e.startsWith('/mac'))).toBe(true);
    expect(errors.some((e) => e.startsWith('/electronFuses/runAsNode'))).toBe(true);
  });
});

describe('identity', () => {
  it('uses the one app id that Windows toasts are attributed to', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
  });

  it('names the Linux executable and desktop file consistently (Wayland app_id = desktopName)', () => {
    expect(section('linux').executableName).toBe(EXECUTABLE_NAME);
    expect(pkg.desktopName).toBe(`${EXECUTABLE_NAME}.desktop`);
    expect(section('linux').syncDesktopName).toBe(true);
  });

  it('never publishes from a build', () => {
    expect(config.publish).toBeNull();
  });
});

describe('targets', () => {
  it('Linux: AppImage, deb and rpm', () => {
    expect(targetsOf('linux').map((t) => t.target)).toEqual(['AppImage', 'deb', 'rpm']);
  });

  it('macOS: a dmg for x64 and arm64, with no Dock icon (LSUIElement)', () => {
    const dmg = targetsOf('mac').find((t) => t.target === 'dmg');
    expect(dmg?.arch).toEqual(expect.arrayContaining(['x64', 'arm64']));
    expect((section('mac').extendInfo as Json).LSUIElement).toBe(true);
  });

  it('Windows: an nsis installer with a Start-menu shortcut, never deleting the person’s data', () => {
    expect(targetsOf('win').map((t) => t.target)).toEqual(['nsis']);
    expect(section('nsis').createStartMenuShortcut).toBe(true);
    expect(section('nsis').deleteAppDataOnUninstall).toBe(false);
  });
});

describe('platform details (issue 10)', () => {
  it('macOS: reminders can carry their buttons (NSUserNotificationAlertStyle alert)', () => {
    expect((section('mac').extendInfo as Json).NSUserNotificationAlertStyle).toBe('alert');
  });

  it('AppImage: its desktop entry does not switch the sandbox off always', () => {
    // electron-builder's default for the AppImage entry is ["--no-sandbox"] (AppImageTarget.js).
    expect(section('appImage').executableArgs).toEqual([]);
  });

  it('AppImage: the launch-time sandbox check sits at the root of the app, executable', () => {
    expect(section('linux').extraFiles).toEqual([{ from: 'resources/linux/unshare', to: 'unshare' }]);
    expect(statSync(path.join(root, 'resources/linux/unshare')).mode & 0o111).toBe(0o111);
  });

  it('deb and rpm install electron-builder’s AppArmor profile: userns for /opt/Attune/attune', () => {
    for (const target of ['deb', 'rpm']) {
      expect(section(target).appArmorProfile ?? null).toBeNull();
      expect(section(target).afterInstall ?? null).toBeNull();
    }
    expect(section('linux').appArmorProfile ?? null).toBeNull();
    const templates = path.join(path.dirname(require.resolve('app-builder-lib/package.json')), 'templates/linux');
    const profile = readFileSync(path.join(templates, 'apparmor-profile.tpl'), 'utf8');
    // Placeholders as electron-builder fills them: ${executable}, ${sanitizedProductName}.
    const $ = (name: string) => `\${${name}}`;
    expect(profile).toContain(
      `profile "${$('executable')}" "/opt/${$('sanitizedProductName')}/${$('executable')}" flags=(unconfined)`,
    );
    expect(profile).toMatch(/^\s*userns,$/m);
    const afterInstall = readFileSync(path.join(templates, 'after-install.tpl'), 'utf8');
    expect(afterInstall).toContain(`APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${$('executable')}'`);
    expect(afterInstall).toContain('apparmor_parser --replace');
  });
});

describe('fuses', () => {
  it('ships hardened', () => {
    expect(config.electronFuses).toMatchObject(HARDENED_FUSES);
  });

  it('the end-to-end build differs in exactly one fuse: Node CLI inspect arguments stay on for Playwright', () => {
    expect(e2e.electronFuses).toEqual({ ...(config.electronFuses as Json), enableNodeCliInspectArguments: true });
    expect(readFileSync(path.join(root, 'electron-builder.e2e.yml'), 'utf8')).toMatch(/Playwright/);
    expect(e2e.directories?.output).not.toBe((config.directories as Json).output);
  });

  it('only-load-from-asar has an asar to load', () => {
    expect(config.asar).toBe(true);
  });
});

/** electron-builder's rule: a file ships if some positive pattern matches and no negation does. */
function ships(patterns: string[], file: string): boolean {
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const opts = { dot: true };
  return positive.some((p) => minimatch(file, p, opts)) && !negative.some((p) => minimatch(file, p, opts));
}

describe('what goes into the package', () => {
  const files = config.files as string[];

  it.each([
    'package.json',
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-abc123.js',
  ])('ships %s', (file) => {
    expect(ships(files, file)).toBe(true);
  });

  it.each([
    'src/main/index.ts',
    'src/renderer/src/app/browser-bridge.ts',
    'tests/unit/x.test.ts',
    'tools/test.sh',
    'docs/security.md',
    'out/web/index.html',
    'out/main/index.js.map',
    'electron-builder.yml',
    'resources/icons/attune.svg',
    'node_modules/.cache/tsc/node.tsbuildinfo',
  ])('keeps %s out', (file) => {
    expect(ships(files, file)).toBe(false);
  });

  it('ships only node-notifier as a runtime dependency (everything else is bundled by Vite)', () => {
    expect(Object.keys(pkg.dependencies ?? {})).toEqual(['node-notifier']);
  });

  it('keeps every vendored node-notifier helper outside the asar', () => {
    const unpack = config.asarUnpack as string[];
    const vendor = path.join(root, 'node_modules/node-notifier/vendor');
    const helpers = listFiles(vendor).map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(helpers.length).toBeGreaterThan(3);
    for (const helper of helpers) expect(ships(unpack, helper), helper).toBe(true);
    expect(ships(unpack, 'out/main/index.js')).toBe(false);
  });

  it('copies resources/icons to process.resourcesPath/icons, where resourcePath() looks when packaged', () => {
    const extra = config.extraResources as { from: string; to: string; filter?: string[] }[];
    const icons = extra.find((e) => e.from === 'resources/icons');
    expect(icons?.to).toBe('icons');
    for (const f of ['attune-256.png', 'tray/tray.png', 'tray/trayTemplate.png', 'tray/trayTemplate@2x.png'])
      expect(ships(icons?.filter ?? ['**/*'], f), f).toBe(true);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

describe('icons', () => {
  const exists = (p: string) => {
    try {
      return statSync(path.join(root, p)).isFile();
    } catch {
      return false;
    }
  };

  it('macOS and Windows icons are the rendered .icns and .ico', () => {
    expect(section('mac').icon).toBe('resources/icons/attune.icns');
    expect(section('win').icon).toBe('resources/icons/attune.ico');
    expect(exists('resources/icons/attune.icns'), 'run npm run icons').toBe(true);
    expect(exists('resources/icons/attune.ico'), 'run npm run icons').toBe(true);
  });

  it('Linux gets the app icon as a PNG of at least 256 px (electron-builder’s minimum)', () => {
    const icon = section('linux').icon as string;
    if (icon.endsWith('.png')) {
      expect(exists(icon), icon).toBe(true);
      const png = readFileSync(path.join(root, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(Math.min(png.readUInt32BE(16), png.readUInt32BE(20))).toBeGreaterThanOrEqual(256);
    } else {
      // A folder: electron-builder only picks up files named <size>x<size>.png.
      for (const size of [16, 32, 48, 64, 128, 256, 512])
        expect(exists(`${icon}/${size}x${size}.png`), `${size}`).toBe(true);
    }
  });

  it('the tray icons main asks for exist, with a macOS template variant', () => {
    for (const f of ['tray.png', 'tray-due.png', 'trayTemplate.png', 'tray-dueTemplate.png', 'trayTemplate@2x.png'])
      expect(exists(`resources/icons/tray/${f}`), f).toBe(true);
  });
});

describe('the Linux desktop entry electron-builder writes from this configuration', () => {
  async function desktopEntry(target: 'deb' | 'rpm' | 'appImage'): Promise<string> {
    const { LinuxTargetHelper } = require('app-builder-lib/out/targets/LinuxTargetHelper') as {
      LinuxTargetHelper: new (packager: unknown) => { computeDesktopEntry(options: Json): Promise<string> };
    };
    const linux = section('linux');
    // The parts of electron-builder's packager that computeDesktopEntry reads.
    const packager = {
      appInfo: { productName: PRODUCT_NAME, sanitizedProductName: PRODUCT_NAME, description: pkg.description },
      executableName: linux.executableName,
      info: { metadata: pkg },
      fileAssociations: [],
      config,
      platformSpecificBuildOptions: linux,
    };
    const helper = new LinuxTargetHelper(packager);
    return helper.computeDesktopEntry({ ...linux, ...(config[target] as Json) });
  }

  it('has a category, keywords and the GNOME AppIndicator note', async () => {
    const entry = await desktopEntry('deb');
    expect(entry).toMatch(/^Categories=Utility;$/m);
    expect(entry).toMatch(/^Name=Attune$/m);
    expect(entry).toMatch(/^Keywords=.*breath/m);
    expect(entry).toMatch(/^Comment=.*GNOME.*AppIndicator/m);
    expect(entry).toMatch(/^Exec=\/opt\/Attune\/attune %U$/m);
    expect(entry).toMatch(/^StartupWMClass=attune$/m);
  });

  it.each(['deb', 'rpm', 'appImage'] as const)('passes desktop-file-validate (%s)', async (target) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'attune-desktop-'));
    const file = path.join(dir, `${EXECUTABLE_NAME}.desktop`);
    writeFileSync(file, await desktopEntry(target));
    const result = spawnSync('desktop-file-validate', [file], { encoding: 'utf8' });
    expect(result.error, 'desktop-file-validate missing: bash tools/ensure-system-packages.sh').toBeUndefined();
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });
});
