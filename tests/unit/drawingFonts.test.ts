/**
 * The cut-down font files the build draws cards and figure images with (src/lib/social/drawingFonts.ts):
 * every character they keep draws exactly as with the complete files, in each weight the drawings use,
 * and a drawing with any other character goes to the complete files.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, test } from 'vitest';
import { DRAWING_CHARACTERS, needsFullFonts, subsetFontFiles } from '../../src/lib/social/drawingFonts';
import { pngDrawer } from '../../src/lib/social/drawPng';
import { readPng } from '../support/png';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const FULL = ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '700Bold/SourceSerif4_700Bold.ttf'].map((f) =>
  path.join(fontDir, f),
);
const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'drawing-fonts-'));
afterAll(() => fs.rmSync(cacheRoot, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pixels = (svg: string, fontFiles: string[]) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' } }).render().pixels;

const WEIGHTS = [400, 600, 700];
/** Every kept character, in each weight, between two letters (so its spacing and any kerning show). */
function characters(): string[] {
  const out: string[] = [];
  for (const [a, b] of DRAWING_CHARACTERS) for (let cp = a; cp <= b; cp++) out.push(String.fromCodePoint(cp));
  return out;
}
const small = (text: string, weight: number, spacing = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="60" viewBox="0 0 1200 60"><rect width="1200" height="60" fill="#fdfcf8"/>` +
  `<text x="10" y="40" font-family="Source Serif 4" font-weight="${weight}" font-size="30"${spacing}>${escape(text)}</text></svg>`;

describe('the cut-down drawing fonts', async () => {
  const files = await subsetFontFiles(FULL, cacheRoot);

  test('are made once per key, much smaller, named as the complete files, in their order', async () => {
    expect(files.map((f) => path.basename(f))).toEqual(FULL.map((f) => path.basename(f)));
    for (const [i, f] of files.entries()) expect(fs.statSync(f).size).toBeLessThan(fs.statSync(FULL[i]!).size / 3);
    const made = fs.statSync(files[0]!).mtimeMs;
    fs.mkdirSync(path.join(cacheRoot, 'stale-key'));
    expect(await subsetFontFiles(FULL, cacheRoot)).toEqual(files);
    expect(fs.statSync(files[0]!).mtimeMs).toBe(made);
    fs.rmSync(path.dirname(files[0]!), { recursive: true });
    expect(await subsetFontFiles(FULL, cacheRoot)).toEqual(files);
    expect(fs.readdirSync(cacheRoot)).toEqual([path.basename(path.dirname(files[0]!))]);
  });

  test('draw every character they keep exactly as the complete files do, in the three weights', () => {
    const differ: string[] = [];
    for (const weight of WEIGHTS)
      for (const c of characters()) {
        const svg = small(`a${c}b`, weight);
        if (Buffer.compare(pixels(svg, files), pixels(svg, FULL)) !== 0) differ.push(`${weight} U+${c.codePointAt(0)!.toString(16)}`);
      }
    expect(differ).toEqual([]);
  });

  test('set words the same: kerning, ligatures, figures, letter-spacing', () => {
    for (const weight of WEIGHTS)
      for (const [text, spacing] of [
        ['AVATAR Tomó “Yo” Wa fi ff ffi — 1,234.5 −3 % … Año · Ñandú ¿Qué? ¡Sí! ½', ''],
        ['TRADE AND USMCA · COMERCIO Y T-MEC', ' letter-spacing="3"'],
      ] as const) {
        const svg = small(text, weight, spacing);
        expect(needsFullFonts(svg)).toBe(false);
        expect(Buffer.compare(pixels(svg, files), pixels(svg, FULL)), `${weight}: ${text}`).toBe(0);
      }
  });

  test('send a drawing with any other character to the complete files', async () => {
    expect(needsFullFonts('<svg>\n\t<text>Comercio “T-MEC” – 8 de octubre · −3 %</text></svg>')).toBe(false);
    for (const other of ['Ω', 'ș', '中', '😀', '\u{fffd}']) expect(needsFullFonts(`<text>${other}</text>`), other).toBe(true);

    // Greek is in the complete files but not the cut-down ones: drawn as the complete files draw it.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" fill="#fff"/><text x="10" y="50" font-size="40">ΔΩ ok</text></svg>`;
    const draw = pngDrawer({
      fontFiles: files,
      fallback: { fontFiles: FULL, needed: needsFullFonts },
      defaultFontFamily: 'Source Serif 4',
      background: '#ffffff',
      png: { compressionLevel: 3, adaptiveFiltering: false },
    });
    const file = path.join(cacheRoot, 'greek.png');
    fs.writeFileSync(file, await draw(svg, 300));
    const drawn = Buffer.from(readPng(file).data);
    const full = new Resvg(svg, { font: { fontFiles: FULL, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' } }).render();
    const cut = new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' } }).render();
    expect(Buffer.compare(Buffer.from(full.pixels), Buffer.from(cut.pixels))).not.toBe(0);
    // readPng gives straight RGBA; resvg's pixels are premultiplied, the same where every pixel is opaque (here).
    expect(drawn.equals(Buffer.from(full.pixels))).toBe(true);
  });
});
