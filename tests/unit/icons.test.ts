// The committed icons match their SVG sources, have the sizes the tray, windows and packages
// expect, and the macOS template images are black plus transparency only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { APP_SIZES, ICONS_DIR, LINUX_SIZES, renderIcons, TRAY_ICONS } from '../../tools/render-icons';
import { pngSize } from '../fakes/electron';

const read = (rel: string) => readFileSync(path.join(ICONS_DIR, rel));

describe('icons', () => {
  it('committed PNGs and the .ico are what `npm run icons` renders from the SVG sources', () => {
    const rendered = renderIcons({ withIcns: false });
    expect(rendered.size).toBe(TRAY_ICONS.length * 2 + APP_SIZES.length + LINUX_SIZES.length + 1);
    const stale = [...rendered].filter(([rel, data]) => !read(rel).equals(data)).map(([rel]) => rel);
    expect(stale, 'run `npm run icons` and commit the result').toEqual([]);
  });

  it('the Linux hicolor set has one <n>x<n>.png per size, each n pixels square', () => {
    for (const size of LINUX_SIZES)
      expect(pngSize(read(`linux/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('every tray icon has a 16 px image and a 32 px @2x image', () => {
    for (const name of TRAY_ICONS) {
      expect(pngSize(read(`tray/${name}.png`)), name).toEqual({ width: 16, height: 16 });
      expect(pngSize(read(`tray/${name}@2x.png`)), name).toEqual({ width: 32, height: 32 });
    }
  });

  it('the files src/main/index.ts loads exist', () => {
    for (const rel of [
      'tray/tray.png',
      'tray/tray-due.png',
      'tray/trayTemplate.png',
      'tray/tray-dueTemplate.png',
      'attune-256.png',
    ]) {
      expect(pngSize(read(rel)), rel).not.toBeNull();
    }
  });

  it('app icons come in every size, square', () => {
    for (const size of APP_SIZES) expect(pngSize(read(`attune-${size}.png`))).toEqual({ width: size, height: size });
  });

  it('attune.ico lists 16–256 px PNG images whose bytes lie inside the file', () => {
    const ico = read('attune.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico.readUInt8(e) || 256;
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual({ width: size, height: size });
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('attune.icns is a well-formed icns file with a 1024 px image', () => {
    const icns = read('attune.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; ) {
      const len = icns.readUInt32BE(at + 4);
      expect(len).toBeGreaterThan(8);
      types.push(icns.subarray(at, at + 4).toString('latin1'));
      at += len;
    }
    expect(types).toContain('ic10'); // 1024 px (512@2x)
    expect(types).toContain('ic07'); // 128 px
  });

  it.each(['trayTemplate', 'tray-dueTemplate'])('%s is black plus transparency only', (name) => {
    const svg = readFileSync(path.join(ICONS_DIR, 'src', `${name}.svg`));
    const pixels = new Resvg(svg, { fitTo: { mode: 'width', value: 32 } }).render().pixels;
    let opaque = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) continue;
      opaque++;
      expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0]);
    }
    expect(opaque).toBeGreaterThan(200);
  });

  it('the due variants differ from the normal ones', () => {
    expect(read('tray/tray-due.png').equals(read('tray/tray.png'))).toBe(false);
    expect(read('tray/tray-dueTemplate.png').equals(read('tray/trayTemplate.png'))).toBe(false);
  });
});
