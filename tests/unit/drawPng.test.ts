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
const draw = pngDrawer({ fontFiles, defaultFontFamily: 'Source Serif 4', png: { compressionLevel: 3, adaptiveFiltering: false } });
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

  test('a drawing with translucent pixels is encoded by resvg, which un-premultiplies them', async () => {
    const ours = pixelsOf(await draw(translucent, 100), 'translucent');
    const theirs = pixelsOf(reference(translucent, 100), 'translucent-ref');
    expect(Buffer.from(ours.data).equals(Buffer.from(theirs.data))).toBe(true);
    // The circle's middle is half-transparent orange (within a unit of rounding), not darkened by
    // premultiplication (which would store about half of each channel).
    const middle = (50 * 100 + 50) * 4;
    const [r, g, b, a] = [...ours.data.slice(middle, middle + 4)];
    for (const [got, want] of [
      [r, 0xe6],
      [g, 0x55],
      [b, 0x0c],
      [a, 128],
    ])
      expect(Math.abs(got! - want!)).toBeLessThanOrEqual(1);
  });

  test('an SVG resvg cannot read fails with resvg’s reason', async () => {
    await expect(draw('<svg', 100)).rejects.toThrow(/drawing a PNG failed: .+/);
  });
});
