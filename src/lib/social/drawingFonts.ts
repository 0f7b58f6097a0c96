/**
 * The font files resvg draws cards and figure images with: Source Serif 4 cut down to the characters
 * the site writes (Latin with Spanish, punctuation, a few symbols), and the complete files for any
 * drawing that uses another character.
 *
 * Why: resvg-js reads a font file from disk again each time it needs a glyph (its font database holds
 * files by path; its `fontBuffers` option would keep them in memory but loads the system's fonts as
 * well, so text could be drawn in the wrong face). A figure image has about a thousand glyphs and each
 * complete file is 330 KB, so drawing one figure copied some 300 MB from the page cache. The cut-down
 * files are about 60 KB. They keep every glyph of the characters below, the outlines, metrics,
 * kerning and the layout features a shaper applies by default, and the typographic family and style
 * names (name IDs 16 and 17: without them the SemiBold face names itself "Source Serif 4 SemiBold"
 * and the Bold face is drawn instead). Drawings come out pixel for pixel the same
 * (tests/unit/drawingFonts.test.ts), so the image cache key does not change with them.
 *
 * The cutting is harfbuzz's subsetter (subset-font, harfbuzzjs in WebAssembly); the files are made
 * once and kept in the build's cache folder under a key of everything that decides their bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedFile } from '../cache/fileCache.ts';

/**
 * The characters the cut-down files keep, as inclusive code point ranges: Latin with Spanish,
 * the punctuation and symbols the site writes. Characters Source Serif 4 itself lacks (Ĭ, Ĳ, Ŧ, the
 * rarer punctuation) are left out, so that they too are drawn by the complete files, as before.
 */
export const DRAWING_CHARACTERS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x12b], // Latin-1 Supplement (Spanish letters, ¿ ¡ · × °) and Latin Extended-A …
  [0x12e, 0x131],
  [0x134, 0x165],
  [0x168, 0x17f],
  [0x2000, 0x2015], // spaces, hyphens, dashes
  [0x2018, 0x201a], // quotation marks
  [0x201c, 0x201e],
  [0x2020, 0x2022], // daggers, bullet
  [0x2025, 0x2026], // ellipsis
  [0x2030, 0x2030], // ‰
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a], // single guillemets
  [0x2044, 0x2044], // fraction slash
  [0x20ac, 0x20ac], // €
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus sign
  [0x2248, 0x2248], // ≈
  [0x2264, 0x2265], // ≤ ≥
];

/** Layout features kept: those a shaper applies to Latin text by default. Drawings ask for no others. */
const FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'calt', 'clig', 'rlig', 'rvrn', 'frac', 'numr', 'dnom', 'dist', 'curs', 'rclt'];

const range = (cp: number) => `\\u{${cp.toString(16)}}`;
/** Any character outside DRAWING_CHARACTERS (markup's tabs and line breaks aside). */
const OTHER = new RegExp(`[^\\t\\n\\r${DRAWING_CHARACTERS.map(([a, b]) => `${range(a)}-${range(b)}`).join('')}]`, 'u');

/** True when `svg` contains a character the cut-down files do not have: draw it with the complete files. */
export const needsFullFonts = (svg: string): boolean => OTHER.test(svg);

const require = createRequire(import.meta.url);
type SubsetFont = (font: Buffer, text: string, options: Record<string, unknown>) => Promise<Buffer>;

/**
 * Cut-down copies of `files` in a folder of `cacheRoot`, made if missing: the paths, in the same order.
 * Folders of earlier keys (another font or subsetter version) are removed.
 */
export async function subsetFontFiles(files: readonly string[], cacheRoot: string): Promise<string[]> {
  // The subsetter itself (its code and harfbuzz's WebAssembly, resolved as it resolves it) and the fonts.
  const subsetter = require.resolve('subset-font');
  const wasm = createRequire(subsetter).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
  const hash = createHash('sha256').update(JSON.stringify([DRAWING_CHARACTERS, FEATURES]));
  const fonts = files.map((f) => fs.readFileSync(f));
  for (const bytes of [fs.readFileSync(subsetter), fs.readFileSync(wasm), ...fonts]) hash.update(bytes);
  const key = hash.digest('hex').slice(0, 16);
  const dir = path.join(cacheRoot, key);
  const out = files.map((f) => path.join(dir, path.basename(f)));
  if (out.every((f) => fs.existsSync(f))) return out;

  const subsetFont = require('subset-font') as SubsetFont;
  let text = '';
  for (const [a, b] of DRAWING_CHARACTERS) for (let cp = a; cp <= b; cp++) text += String.fromCodePoint(cp);
  const cut = async (font: Buffer, file: string) => {
    try {
      return await subsetFont(font, text, { targetFormat: 'truetype', keepFeatures: FEATURES, preserveNameIds: [16, 17], noHinting: true });
    } catch (error) {
      throw new Error(`cutting down the drawing font ${file} failed: ${String(error)}`, { cause: error });
    }
  };
  // Written atomically by the shared file cache, so a build running beside this one never reads half a file.
  const tally = { made: 0, reused: 0 };
  for (const [i, font] of fonts.entries()) await cachedFile(dir, path.basename(out[i]!), () => cut(font, files[i]!), tally);
  for (const other of fs.readdirSync(cacheRoot)) if (other !== key) fs.rmSync(path.join(cacheRoot, other), { recursive: true, force: true });
  return out;
}
