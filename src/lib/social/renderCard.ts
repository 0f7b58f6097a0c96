/** Renders social cards and figures to PNG at build time with resvg and a font shipped in node_modules: no network. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cardSvg, type CardText } from './cardSvg';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const FONT_FILES = ['400Regular/SourceSerif4_400Regular.ttf', '600SemiBold/SourceSerif4_600SemiBold.ttf', '700Bold/SourceSerif4_700Bold.ttf'].map((f) =>
  path.join(fontDir, f),
);

/** Any SVG the site draws (cards, figures) to PNG at `width` pixels, with the shipped font only. */
export function renderPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' },
  });
  return resvg.render().asPng();
}

export const renderCard = (text: CardText): Buffer => renderPng(cardSvg(text), 1200);
