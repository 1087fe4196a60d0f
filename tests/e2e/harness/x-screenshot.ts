// A picture of what the X server shows outside Chromium — dunst's notification — for the
// journeys' screenshots: `xwd -root` (x11-apps), cropped to what is drawn on the black root
// window and written as a PNG (zlib from Node; no image library needed for this one format).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

/** The screen's RGB pixels from an XWD dump (ZPixmap, 24 or 32 bits per pixel, true colour). */
export function decodeXwd(buf: Buffer): { width: number; height: number; rgb: Buffer } {
  const be = (i: number) => buf.readUInt32BE(i * 4);
  const [headerSize, , format, , width, height] = [be(0), be(1), be(2), be(3), be(4), be(5)];
  const msbFirst = be(7) === 1;
  const bpp = be(11);
  const bytesPerLine = be(12);
  const masks = [be(14), be(15), be(16)];
  const ncolors = be(19);
  if (format !== 2 || (bpp !== 32 && bpp !== 24)) throw new Error(`unsupported XWD: format ${format}, ${bpp} bpp`);
  const data = headerSize + ncolors * 12;
  const shift = (m: number) => Math.log2(m & -m);
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = data + y * bytesPerLine + (x * bpp) / 8;
      const p =
        bpp === 32
          ? msbFirst
            ? buf.readUInt32BE(at)
            : buf.readUInt32LE(at)
          : msbFirst
            ? buf.readUIntBE(at, 3)
            : buf.readUIntLE(at, 3);
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) rgb[o + c] = ((p & (masks[c] ?? 0)) >>> shift(masks[c] ?? 1)) & 0xff;
    }
  }
  return { width, height, rgb };
}

export function encodePng(width: number, height: number, rgb: Buffer): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) rgb.copy(rows, y * (width * 3 + 1) + 1, y * width * 3, (y + 1) * width * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The root window's image. X answers GetImage with BadMatch while a window on it is being mapped
 * or moved (dunst's notice appearing), so a few tries a moment apart.
 */
async function dumpRoot(): Promise<Buffer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync('xwd', ['-root', '-silent'], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      if (attempt === 5) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Writes what is drawn on the X screen (everything not root-window black), with a margin. */
export async function screenshotX(file: string, margin = 12): Promise<void> {
  const { width, height, rgb } = decodeXwd(await dumpRoot());
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      if (rgb[o] || rgb[o + 1] || rgb[o + 2])
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  if (x1 < 0) throw new Error('nothing is drawn on the X screen');
  [x0, y0] = [Math.max(0, x0 - margin), Math.max(0, y0 - margin)];
  [x1, y1] = [Math.min(width - 1, x1 + margin), Math.min(height - 1, y1 + margin)];
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const out = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) rgb.copy(out, y * w * 3, ((y0 + y) * width + x0) * 3, ((y0 + y) * width + x1 + 1) * 3);
  writeFileSync(file, encodePng(w, h, out));
}
