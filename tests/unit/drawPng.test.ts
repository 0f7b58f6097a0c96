import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, test } from 'vitest';
import { pngDrawer } from '../../src/lib/social/drawPng';
import { readPng } from '../support/png';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const fontFiles = [path.join(fontDir, '400Regular/SourceSerif4_400Regular.ttf')];
const png = { compressionLevel: 3, adaptiveFiltering: false };
const draw = pngDrawer({ fontFiles, defaultFontFamily: 'Source Serif 4', background: '#ffffff', png });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'draw-png-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Pixels of a PNG, read by the tests' own decoder. */
const pixelsOf = (png: Buffer, name: string) => {
  const file = path.join(dir, `${name}.png`);
  fs.writeFileSync(file, png);
  return readPng(file);
};
/** What resvg draws and encodes itself, on this thread: the reference. */
const reference = (svg: string, width: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' } }).render().asPng();

const opaque = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="160" viewBox="0 0 300 160">
  <rect width="300" height="160" fill="#fbf8f3"/><circle cx="80" cy="80" r="50" fill="#0b5e6b"/>
  <text x="150" y="90" font-size="28" fill="#222">Trade</text></svg>`;
const translucent = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="40" fill="#e6550c" fill-opacity="0.5"/></svg>`;

describe('drawing PNGs on worker threads', () => {
  test('an opaque drawing comes back with exactly the pixels resvg draws, at the width asked', async () => {
    const [a, b] = await Promise.all([draw(opaque, 600), draw(opaque, 300)]);
    const ours = pixelsOf(a, 'opaque');
    const theirs = pixelsOf(reference(opaque, 600), 'opaque-ref');
    expect([ours.width, ours.height]).toEqual([600, 320]);
    expect(Buffer.from(ours.data).equals(Buffer.from(theirs.data))).toBe(true);
    expect(pixelsOf(b, 'small').width).toBe(300);
  });

  test('a drawing that leaves the canvas uncovered or translucent is laid on the background colour, and has no alpha channel', async () => {
    const out = await draw(translucent, 100);
    expect(out[25], 'PNG colour type 2 (RGB)').toBe(2);
    const ours = pixelsOf(out, 'translucent');
    // The circle's middle is half-transparent orange over white (within a unit of rounding)...
    const at = (x: number, y: number) => [...ours.data.slice((y * 100 + x) * 4, (y * 100 + x) * 4 + 4)];
    const over = (c: number) => Math.round(c * (128 / 255) + 255 * (1 - 128 / 255));
    for (const [got, want] of at(50, 50).map((v, i) => [v, [over(0xe6), over(0x55), over(0x0c), 255][i]!]))
      expect(Math.abs(got! - want!)).toBeLessThanOrEqual(1);
    // ...and the corner, which the drawing leaves empty, is the background.
    expect(at(2, 2)).toEqual([255, 255, 255, 255]);
  });

  test('a background that is not an opaque #rrggbb colour is refused', () => {
    for (const background of ['transparent', '#fff8', 'rgba(0,0,0,0.5)', ''])
      expect(() => pngDrawer({ fontFiles, defaultFontFamily: 'Source Serif 4', background, png }), background).toThrow(
        /background must be an opaque #rrggbb colour/,
      );
  });

  test('an SVG resvg cannot read fails with resvg’s reason', async () => {
    await expect(draw('<svg', 100)).rejects.toThrow(/drawing a PNG failed: .+/);
  });
});
