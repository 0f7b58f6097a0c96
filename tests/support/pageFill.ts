/**
 * How much of a printed page is left empty: pure geometry over the boxes of ink that
 * tests/support/pdfLayout.ts reads from a PDF page. A page's text frame is the page less its @page
 * margins (where the running head and the folio sit); the blank fraction is the part of the frame's
 * height below the lowest ink inside it, the gap a figure leaves when it moves on to the next page.
 */

/** A box of ink in points, measured from the page's top-left corner (y grows downwards). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The text frame: its top and bottom edges, in points from the top of the page. */
export interface Frame {
  top: number;
  bottom: number;
}

/** The frame of a page `height` points tall with `top` and `bottom` margins in points. */
export function frameOf(height: number, margins: { top: number; bottom: number }): Frame {
  if (!(height > 0)) throw new Error(`frameOf: page height must be positive, got ${height}`);
  const frame = { top: margins.top, bottom: height - margins.bottom };
  if (!(frame.bottom > frame.top)) throw new Error(`frameOf: margins ${margins.top} + ${margins.bottom} pt leave no frame on a page ${height} pt tall`);
  return frame;
}

/**
 * The fraction (0–1) of the frame's height left empty below its lowest ink. A box belongs to the
 * frame when its vertical middle lies inside it: the running head above and the folio below do not
 * count, and a descender that reaches into the bottom margin counts up to the frame's edge. A page
 * with no ink in its frame is wholly blank (1).
 */
export function blankFraction(boxes: readonly Box[], frame: Frame): number {
  const height = frame.bottom - frame.top;
  if (!(height > 0)) throw new Error(`blankFraction: the frame is empty (top ${frame.top}, bottom ${frame.bottom})`);
  let lowest = -Infinity;
  for (const b of boxes) {
    const middle = (b.top + b.bottom) / 2;
    if (middle < frame.top || middle > frame.bottom) continue;
    lowest = Math.max(lowest, Math.min(b.bottom, frame.bottom));
  }
  if (lowest === -Infinity) return 1;
  return Math.max(0, frame.bottom - lowest) / height;
}

/** Millimetres to points (1 in = 25.4 mm = 72 pt). */
export const mmToPt = (mm: number) => (mm / 25.4) * 72;

/**
 * The top and bottom page margins, in points, of the first `@page { margin: … }` rule in a
 * stylesheet written in millimetres (print.css's), one to four values as CSS reads them.
 */
export function pageMarginsOf(css: string, file = 'stylesheet'): { top: number; bottom: number } {
  const m = css.match(/@page\s*\{[^}]*?margin:\s*([^;}]+)[;}]/);
  if (!m) throw new Error(`${file}: no @page rule with a margin`);
  const values = m[1]!.trim().split(/\s+/);
  const mm = values.map((v) => {
    const n = v.match(/^([\d.]+)mm$/);
    if (!n) throw new Error(`${file}: @page margin "${m[1]!.trim()}": expected lengths in mm, got "${v}"`);
    return Number(n[1]);
  });
  if (mm.length < 1 || mm.length > 4) throw new Error(`${file}: @page margin "${m[1]!.trim()}": expected one to four values`);
  const top = mm[0]!;
  const bottom = mm.length >= 3 ? mm[2]! : top;
  return { top: mmToPt(top), bottom: mmToPt(bottom) };
}
