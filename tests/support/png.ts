/**
 * Reads an 8-bit RGB or RGBA PNG (what the build writes: RGB for opaque drawings, RGBA from resvg's
 * own encoder) into RGBA pixels, for tests that look at what a card shows. Written here so the tests
 * read pixels synchronously and independently of the encoder under test; it handles exactly that
 * subset: 8-bit RGB or RGBA, non-interlaced, the five standard filters.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export function readPng(file: string): Pixels {
  const b = fs.readFileSync(file);
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  if (b[24] !== 8 || (b[25] !== 6 && b[25] !== 2) || b[28] !== 0) throw new Error(`${file}: expected an 8-bit RGB or RGBA non-interlaced PNG`);
  const channels = b[25] === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    if (b.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(b.subarray(at + 8, at + 8 + len));
    at += len + 12;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + up - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - up) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - up) <= Math.abs(p - c) ? up : c;
      const predictor = [0, a, up, (a + up) >> 1, paeth][filter]!;
      rows[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!;
    data[j + 1] = rows[i + 1]!;
    data[j + 2] = rows[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}

/** Pixels within `tolerance` (per channel) of `hex` inside a rectangle. */
export function countColour(img: Pixels, hex: string, box: { x0: number; y0: number; x1: number; y1: number }, tolerance = 24): number {
  const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * img.width + x) * 4;
      if (Math.abs(img.data[i]! - r!) <= tolerance && Math.abs(img.data[i + 1]! - g!) <= tolerance && Math.abs(img.data[i + 2]! - bl!) <= tolerance) n++;
    }
  return n;
}
