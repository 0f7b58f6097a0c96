/**
 * Renders social cards and figures to PNG at build time with resvg and a font shipped in node_modules:
 * no network. Drawing runs on worker threads (drawPng.ts), so the images of several pages are drawn
 * on all cores while pages render, with font files cut down to the site's characters (drawingFonts.ts);
 * unchanged images come from the content-hash cache (pngCache.ts).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { COLORS } from '../colors';
import { cardSvg, type CardText } from './cardSvg';
import { cachedPng, pngCacheDir, pngCacheKey } from './pngCache';
import { pngDrawer } from './drawPng';
import { needsFullFonts, subsetFontFiles } from './drawingFonts';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const FONT_FILES = ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '700Bold/SourceSerif4_700Bold.ttf'].map((f) =>
  path.join(fontDir, f),
);
/**
 * PNG settings for libvips (sharp, installed with Astro for its images): zlib level 3, no adaptive
 * filtering. resvg's own encoder (asPng) has a fixed, slower setting; on this site's cards and figures
 * these settings wrote the same pixels in about half the time (card 8.9 → 4.6 ms, figure 18.5 → 8.2 ms)
 * and 7–22 % smaller. Every drawing is laid on the light page colour, which the cards and figures are
 * drawn in, and written as RGB, without an alpha channel (drawPng.ts): another 10–12 % smaller, and a
 * little quicker.
 */
const PNG_OPTIONS = { compressionLevel: 3, adaptiveFiltering: false } as const;
const BACKGROUND = COLORS.light.bg!;

/** What else decides the bytes besides the SVG and width: renderer, encoder and font versions. */
const RENDERER = [
  require('@resvg/resvg-js/package.json').version as string,
  `sharp ${sharp.versions.sharp} vips ${sharp.versions.vips} zlib-ng ${sharp.versions['zlib-ng']} ${JSON.stringify(PNG_OPTIONS)} RGB on ${BACKGROUND}`,
  require('@expo-google-fonts/source-serif-4/package.json').version as string,
  ...FONT_FILES.map((f) => `${path.basename(f)}:${fs.statSync(f).size}`),
];

/**
 * The drawer, started at the first image a build draws: with the cut-down font files (drawingFonts.ts,
 * kept beside the image cache), and the complete ones for a drawing with other characters. The
 * cut-down files draw the same pixels, so they are not part of the cache key.
 */
let drawer: Promise<(svg: string, width: number) => Promise<Buffer>> | undefined;
const startDrawer = async () => {
  const fontFiles = await subsetFontFiles(FONT_FILES, path.join(path.dirname(pngCacheDir()), 'intermestic-drawing-fonts'));
  return pngDrawer({
    fontFiles,
    fallback: { fontFiles: FONT_FILES, needed: needsFullFonts },
    defaultFontFamily: 'Source Serif 4',
    background: BACKGROUND,
    png: PNG_OPTIONS,
  });
};

/** Any SVG the site draws (cards, figures) to PNG at `width` pixels, with the shipped font only. */
export function renderPng(svg: string, width: number): Promise<Buffer> {
  return cachedPng(pngCacheKey([...RENDERER, width, svg]), async () => (await (drawer ??= startDrawer()))(svg, width));
}

export const renderCard = (text: CardText): Promise<Buffer> => renderPng(cardSvg(text), 1200);
