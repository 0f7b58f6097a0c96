/**
 * Renders social cards and figures to PNG at build time with resvg and a font shipped in node_modules:
 * no network. Drawing runs on libuv's thread pool (renderAsync), so with Astro's build concurrency the
 * images of several pages are drawn on all cores while pages render; unchanged images come from the
 * content-hash cache (pngCache.ts) instead.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { cardSvg, type CardText } from './cardSvg';
import { cachedPng, pngCacheKey } from './pngCache';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const FONT_FILES = ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '700Bold/SourceSerif4_700Bold.ttf'].map((f) =>
  path.join(fontDir, f),
);
/** What else decides the pixels besides the SVG and width: renderer and font versions. */
const RENDERER = [
  require('@resvg/resvg-js/package.json').version as string,
  require('@expo-google-fonts/source-serif-4/package.json').version as string,
  ...FONT_FILES.map((f) => `${path.basename(f)}:${fs.statSync(f).size}`),
];

/** Any SVG the site draws (cards, figures) to PNG at `width` pixels, with the shipped font only. */
export function renderPng(svg: string, width: number): Promise<Buffer> {
  return cachedPng(pngCacheKey([...RENDERER, width, svg]), async () => {
    const image = await renderAsync(svg, {
      fitTo: { mode: 'width', value: width },
      font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' },
    });
    return image.asPng();
  });
}

export const renderCard = (text: CardText): Promise<Buffer> => renderPng(cardSvg(text), 1200);
