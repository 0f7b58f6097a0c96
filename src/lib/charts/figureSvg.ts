/**
 * A figure as one self-contained SVG file: number and title, subtitle, key, the chart drawn from the
 * same model as the page, source line, and "data as of … · snapshot …", in the light theme's colours
 * written into the marks (no stylesheet, no custom properties), so the file stays sourced and looks
 * the same wherever it is pasted, and resvg can draw it to PNG. ChartSvg.astro draws the page's
 * version of the same model with CSS classes; this one exists because a downloaded file cannot use
 * the page's stylesheet.
 */
import { COLORS, seriesColors } from '../colors';
import { wrap } from '../social/cardSvg';
import { SERIES_DASHES } from './dashes';
import { HATCH_PATH, HATCH_TILE } from './hatch';
import type { ChartModel } from './model';

export interface FigureText {
  /** "Figure 3.1" / "Gráfica 3.1". */
  label: string;
  title: string;
  subtitle: string;
  /** Series names in order, for the key (omitted when the chart has one series). */
  keys: string[];
  /** Names the vantage rule and the later values in the key, when the chart shows them. */
  vantageKey?: string;
  laterKey?: string;
  /** "Source: …" in the page's language. */
  source: string;
  /** "Data as of 5 February 2025 · snapshot eb99a10d · intermestic.org/trade/#fig-us-mexico-trade". */
  footer: string;
}

/** The font the file names; the PNG renderer ships it (renderFigure.ts). */
export const FIGURE_FONT = 'Source Serif 4';
const PAD = 24;
const C = COLORS.light;
const SERIES = seriesColors('light');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r = (n: number) => Math.round(n * 10) / 10;
const text = (x: number, y: number, s: string, attrs = '') => `<text x="${r(x)}" y="${r(y)}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;

/** The chart's marks, axes and rules, at the model's own coordinates (also drawn into figure share cards). */
export function plotSvg(m: ChartModel): string {
  const bottom = m.height - m.margin.bottom;
  const right = m.width - m.margin.right;
  const muted = `fill="${C['text-muted']}"`;
  const out: string[] = [];
  if (m.bars.some((b) => b.later))
    out.push(
      `<defs><pattern id="later" patternUnits="userSpaceOnUse" width="${HATCH_TILE}" height="${HATCH_TILE}"><path d="${HATCH_PATH}" fill="${C.bg}"/></pattern></defs>`,
    );
  out.push(`<g stroke="${C.rule}">${m.yTicks.map((t) => `<line x1="${m.margin.left}" x2="${right}" y1="${r(t.pos)}" y2="${r(t.pos)}"/>`).join('')}</g>`);
  out.push(`<g font-size="12" ${muted} text-anchor="end">${m.yTicks.map((t) => text(m.margin.left - 6, t.pos + 4, t.label)).join('')}</g>`);
  out.push(`<line x1="${m.margin.left}" x2="${right}" y1="${r(m.zeroY)}" y2="${r(m.zeroY)}" stroke="${C['text-muted']}"/>`);
  out.push(`<g font-size="12" ${muted} text-anchor="middle">${m.xTicks.map((t) => text(t.pos, bottom + 18, t.label)).join('')}</g>`);
  for (const a of m.annotations) {
    out.push(`<line x1="${r(a.x)}" x2="${r(a.x)}" y1="${a.labelY + 4}" y2="${bottom}" stroke="${C['text-muted']}" stroke-dasharray="3 3"/>`);
    out.push(
      text(a.x + (a.anchor === 'start' ? 4 : a.anchor === 'end' ? -4 : 0), a.labelY, a.label, `font-size="11" fill="${C.text}" text-anchor="${a.anchor}"`),
    );
  }
  if (m.vantage) {
    const v = m.vantage;
    out.push(`<line x1="${r(v.x)}" x2="${r(v.x)}" y1="${v.labelY + 4}" y2="${bottom}" stroke="${C.text}" stroke-width="1.25" stroke-dasharray="6 3"/>`);
    out.push(text(v.x + (v.anchor === 'start' ? 4 : -4), v.labelY, v.label, `font-size="11" font-style="italic" fill="${C.text}" text-anchor="${v.anchor}"`));
  }
  for (const b of m.bars) {
    const colour = SERIES[b.index % SERIES.length]!;
    const box = `x="${r(b.x)}" y="${r(b.y)}" width="${Math.max(0.5, r(b.w))}" height="${Math.max(0, r(b.h))}"`;
    const flagged = b.flag ? ` fill-opacity="0.5" stroke="${colour}"` : '';
    out.push(`<rect ${box} fill="${colour}"${flagged}/>`);
    if (b.later) out.push(`<rect ${box} fill="url(#later)"/>`);
  }
  for (const l of m.lines) {
    const colour = SERIES[l.index % SERIES.length]!;
    const dash = SERIES_DASHES[l.index % SERIES_DASHES.length];
    const stroke = `fill="none" stroke="${colour}" stroke-width="2.25" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
    if (l.d) out.push(`<path d="${l.d}" ${stroke}/>`);
    if (l.dLater) out.push(`<path d="${l.dLater}" ${stroke} stroke-opacity="0.45"/>`);
    if (l.points.length <= 40)
      for (const p of l.points)
        out.push(
          p.flag
            ? `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="3.5" fill="${C.bg}" stroke="${colour}" stroke-width="1.75"/>`
            : `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="2.5" fill="${colour}"${p.later ? ' fill-opacity="0.45"' : ''}/>`,
        );
  }
  for (const l of m.labels) out.push(text(l.x, l.y, l.text, `font-size="12" font-weight="600" fill="${SERIES[l.index % SERIES.length]}"`));
  return out.join('\n');
}

/** The whole figure; `m` is the wide layout (640 px). Height grows with the wrapped text. */
export function figureSvg(m: ChartModel, t: FigureText): string {
  const width = m.width + 2 * PAD;
  const chars = Math.floor(m.width / 7.2);
  const parts: string[] = [];
  let y = PAD + 14;
  parts.push(text(PAD, y, t.label.toUpperCase(), `font-size="12" font-weight="600" letter-spacing="1" fill="${C.accent}"`));
  for (const line of wrap(t.title, Math.floor(m.width / 10.5), 3)) {
    y += 26;
    parts.push(text(PAD, y, line, `font-size="20" font-weight="700" fill="${C.text}"`));
  }
  for (const line of wrap(t.subtitle, chars - 8, 3)) {
    y += 19;
    parts.push(text(PAD, y, line, `font-size="13" fill="${C['text-muted']}"`));
  }
  // The key: a swatch per series, then the vantage rule and the later values when shown.
  const items: { swatch: string; label: string }[] = [];
  if (t.keys.length > 1)
    t.keys.forEach((k, i) => {
      const colour = SERIES[i % SERIES.length]!;
      const dash = m.lines.length ? SERIES_DASHES[i % SERIES_DASHES.length] : '';
      items.push({
        swatch: m.lines.length
          ? `<line x1="0" x2="22" y1="-4" y2="-4" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
          : `<rect x="5" y="-10" width="12" height="10" fill="${colour}"/>`,
        label: k,
      });
    });
  if (t.vantageKey)
    items.push({ swatch: `<line x1="11" x2="11" y1="-12" y2="2" stroke="${C.text}" stroke-width="1.25" stroke-dasharray="6 3"/>`, label: t.vantageKey });
  if (t.laterKey)
    items.push({
      swatch: m.lines.length
        ? `<line x1="0" x2="22" y1="-4" y2="-4" stroke="${SERIES[0]}" stroke-width="2.5" stroke-opacity="0.45"/>`
        : `<rect x="5" y="-10" width="12" height="10" fill="${SERIES[0]}"/><rect x="5" y="-10" width="12" height="10" fill="url(#later)"/>`,
      label: t.laterKey,
    });
  if (items.length) y += 8;
  for (const item of items) {
    for (const [i, line] of wrap(item.label, chars - 6, 2).entries()) {
      y += 18;
      parts.push(`<g transform="translate(${PAD} ${y})">${i === 0 ? item.swatch : ''}${text(30, 0, line, `font-size="12" fill="${C['text-muted']}"`)}</g>`);
    }
  }
  y += 8;
  const chartTop = y;
  y += m.height;
  const foot: string[] = [];
  for (const line of wrap(t.source, chars, 12)) {
    y += 16;
    foot.push(text(PAD, y, line, `font-size="11.5" fill="${C['text-muted']}"`));
  }
  for (const line of wrap(t.footer, chars, 3)) {
    y += 16;
    foot.push(text(PAD, y, line, `font-size="11.5" fill="${C['text-muted']}"`));
  }
  const height = Math.ceil(y + PAD);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FIGURE_FONT}">
<title>${esc(`${t.label}. ${t.title}`)}</title>
<desc>${esc(`${t.source} ${t.footer}`)}</desc>
<rect width="${width}" height="${height}" fill="${C.bg}"/>
${parts.join('\n')}
<g transform="translate(${PAD} ${chartTop})">
${plotSvg(m)}
</g>
${foot.join('\n')}
</svg>
`;
}
