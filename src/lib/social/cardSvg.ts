/**
 * Social card layout (1200x630) as an SVG string: the site's look — paper background, serif title,
 * one accent rule — with text wrapped by an estimate of glyph widths, since no layout engine runs here.
 */
import { COLORS } from '../colors';
export interface CardText {
  eyebrow: string;
  title: string;
  dek: string;
  /** The site's tagline in the card's language, beside the name at the foot. */
  tagline: string;
}

const W = 1200;
const H = 630;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to lines of at most `max` characters; the last line ends with … when cut. */
export function wrap(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = (last.length < max ? last : last.replace(/\s*\S*$/, '')) + '…';
  return kept;
}

/** Lowest baseline the dek may use: it must stay clear of the name and tagline at the foot (y 570). */
const DEK_FLOOR = 528;

/** Cards are drawn in the light theme's colours (src/styles/colors.css). */
const C = COLORS.light;

export function cardSvg({ eyebrow, title, dek, tagline }: CardText): string {
  const titleSize = title.length > 60 ? 58 : 68;
  const titleLines = wrap(title, Math.floor(1040 / (titleSize * 0.5)), 3);
  const titleTop = 210;
  const dekTop = titleTop + titleLines.length * titleSize * 1.12 + 36;
  // A three-line title leaves room for fewer dek lines.
  const dekRoom = Math.max(1, Math.min(3, Math.floor((DEK_FLOOR - (dekTop + 30)) / 42) + 1));
  const dekLines = wrap(dek, 58, dekRoom);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="${C.bg}"/>
  <rect x="80" y="96" width="120" height="8" fill="${C.accent}"/>
  <text x="80" y="158" font-family="Source Serif 4" font-weight="600" font-size="28" letter-spacing="3" fill="${C['text-muted']}">${esc(eyebrow.toUpperCase())}</text>
  ${titleLines.map((l, i) => `<text x="80" y="${titleTop + i * titleSize * 1.12 + titleSize * 0.8}" font-family="Source Serif 4" font-weight="700" font-size="${titleSize}" fill="${C.text}">${esc(l)}</text>`).join('\n  ')}
  ${dekLines.map((l, i) => `<text x="80" y="${dekTop + i * 42 + 30}" font-family="Source Serif 4" font-size="32" fill="${C['text-muted']}">${esc(l)}</text>`).join('\n  ')}
  <text x="80" y="570" font-family="Source Serif 4" font-weight="700" font-size="30" fill="${C.accent}">Intermestic</text>
  <text x="262" y="570" font-family="Source Serif 4" font-size="26" fill="${C['text-muted']}">${esc(tagline)}</text>
</svg>`;
}
