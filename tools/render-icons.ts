// `npm run icons`: renders the tray and app icons from their SVG sources in resources/icons/src.
// The rendered files are committed; tests/unit/icons.test.ts re-renders them in memory and fails
// when a source changed without running this script.
//
//   tray/tray.png, tray/tray-due.png (16 px) + @2x (32 px): coloured, for Linux and Windows panels
//   tray/trayTemplate.png, tray/tray-dueTemplate.png + @2x: macOS template images (black + alpha)
//   attune-{16…1024}.png, attune.ico, attune.icns: the app icon (windows, notifications, installers)
//   linux/<n>x<n>.png: the same renders named the way electron-builder installs a full hicolor set
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICONS_DIR = path.join(ROOT, 'resources/icons');
const SRC = path.join(ICONS_DIR, 'src');

export const TRAY_ICONS = ['tray', 'tray-due', 'trayTemplate', 'tray-dueTemplate'] as const;
export const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes drawn from the simplified small source (thicker strokes, no halo) so they stay crisp. */
const SMALL_APP_SIZE_MAX = 32;
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

function render(svgFile: string, width: number): Buffer {
  const svg = readFileSync(path.join(SRC, svgFile));
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  })
    .render()
    .asPng();
  return Buffer.from(png);
}

/** A Windows .ico holding our own PNG renders, so the small sizes keep their hinted drawing. */
export function buildIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

/** Every rendered file, keyed by its path under resources/icons. */
export function renderIcons(options: { withIcns?: boolean } = {}): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of TRAY_ICONS) {
    out.set(`tray/${name}.png`, render(`${name}.svg`, 16));
    out.set(`tray/${name}@2x.png`, render(`${name}.svg`, 32));
  }
  for (const size of APP_SIZES) {
    out.set(`attune-${size}.png`, render(size <= SMALL_APP_SIZE_MAX ? 'attune-small.svg' : 'attune.svg', size));
  }
  for (const size of LINUX_SIZES) out.set(`linux/${size}x${size}.png`, out.get(`attune-${size}.png`) as Buffer);
  out.set('attune.ico', buildIco(ICO_SIZES.map((size) => ({ size, png: out.get(`attune-${size}.png`) as Buffer }))));
  if (options.withIcns !== false) {
    const icns = png2icons.createICNS(out.get('attune-1024.png') as Buffer, png2icons.BICUBIC2, 0);
    if (!icns) throw new Error('png2icons could not build attune.icns');
    out.set('attune.icns', icns);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const files = renderIcons();
  for (const [rel, data] of files) {
    const file = path.join(ICONS_DIR, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  console.log(`rendered ${files.size} icon files into ${path.relative(ROOT, ICONS_DIR)} in ${Date.now() - started} ms`);
}
