/**
 * A figure's social card (1200x630): the chart itself on the left, drawn from the page's model, and
 * on the right the figure number, title and source, with the site's name at the foot — so a shared
 * figure link previews as the figure, still sourced.
 */
import { COLORS } from '../colors';
import type { ChartModel } from '../charts/model';
import { FIGURE_FONT, plotSvg } from '../charts/figureSvg';
import { wrap } from './cardSvg';

const W = 1200;
const H = 630;
const C = COLORS.light;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FigureCardText {
  /** "Figure 3.1". */
  eyebrow: string;
  title: string;
  /** Short source line: "Source: U.S. Census Bureau". */
  source: string;
  tagline: string;
}

export function figureCardSvg(m: ChartModel, { eyebrow, title, source, tagline }: FigureCardText): string {
  // The wide model is 640x380; drawn at 1.05 it fills the left column above the foot.
  const scale = 1.05;
  // Serif bold at 36 px averages about 20 px a character: 19 characters fill the 400 px column.
  const titleLines = wrap(title, 19, 5);
  const sourceLines = wrap(source, 34, 4);
  const titleTop = 190;
  const sourceTop = titleTop + titleLines.length * 42 + 28;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FIGURE_FONT}">
  <rect width="${W}" height="${H}" fill="${C.bg}"/>
  <rect x="40" y="56" width="120" height="8" fill="${C.accent}"/>
  <g transform="translate(28 96) scale(${scale})">${plotSvg(m)}</g>
  <text x="760" y="140" font-weight="600" font-size="24" letter-spacing="2" fill="${C['text-muted']}">${esc(eyebrow.toUpperCase())}</text>
  ${titleLines.map((l, i) => `<text x="760" y="${titleTop + i * 42}" font-weight="700" font-size="36" fill="${C.text}">${esc(l)}</text>`).join('\n  ')}
  ${sourceLines.map((l, i) => `<text x="760" y="${sourceTop + i * 28}" font-size="21" fill="${C['text-muted']}">${esc(l)}</text>`).join('\n  ')}
  <text x="40" y="592" font-weight="700" font-size="30" fill="${C.accent}">Intermestic</text>
  <text x="222" y="592" font-size="24" fill="${C['text-muted']}">${esc(tagline)}</text>
</svg>`;
}
