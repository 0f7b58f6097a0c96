/**
 * Where the ink is on each page of a PDF, read with pdfjs-dist (no poppler): the size of each page,
 * the boxes of its text (getTextContent) and of what it paints (getOperatorList: filled and stroked
 * paths, images, shadings), in points from the page's top-left corner. White paint is no ink (the
 * page background Chromium paints, the gaps in hatching), and neither is a clipping path.
 * tests/support/pageFill.ts turns the boxes into a page's blank fraction.
 */
import fs from 'node:fs';
import { loadPdfjs } from '../../src/tools/pdfRead.ts';
import type { Box } from './pageFill.ts';

export interface PageLayout {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  boxes: Box[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The box of a rectangle in user space under `m`, flipped to top-down page coordinates. */
function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number, pageHeight: number): Box {
  const pts = [apply(m, x0, y0), apply(m, x1, y0), apply(m, x0, y1), apply(m, x1, y1)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { left: Math.min(...xs), right: Math.max(...xs), top: pageHeight - Math.max(...ys), bottom: pageHeight - Math.min(...ys) };
}

const WHITE = /^#(fff|ffffff)$/i;

/** Every page's size and boxes of ink. */
export async function readLayout(file: string): Promise<PageLayout[]> {
  const pdfjs = await loadPdfjs();
  if (!pdfjs) throw new Error('pdfjs-dist is not installed: run `npm ci` (it is a dev dependency)');
  const { OPS } = pdfjs;
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
  const IMAGES = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintSolidColorImageMask,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
  ]);
  const task = pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), disableFontFace: true, useSystemFonts: false, verbosity: 0 } as never);
  const doc = await task.promise;
  try {
    const pages: PageLayout[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const width = x1 - x0;
      const height = y1 - y0;
      const boxes: Box[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const [, , , d, e, f] = item.transform as Matrix;
        const size = Math.abs(d) || item.height;
        // From the baseline: ascenders above, descenders (about a quarter of the size) below.
        boxes.push({ left: e, right: e + item.width, top: height - (f + size * 0.8), bottom: height - (f - size * 0.2) });
      }
      const ops = await page.getOperatorList();
      let ctm: Matrix = [1, 0, 0, 1, 0, 0];
      let fill = '#000000';
      let stroke = '#000000';
      const stack: { ctm: Matrix; fill: string; stroke: string }[] = [];
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i]!;
        const args = ops.argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push({ ctm, fill, stroke });
        else if (fn === OPS.restore) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
        else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
        else if (fn === OPS.paintFormXObjectBegin) {
          stack.push({ ctm, fill, stroke });
          if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
        } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
        else if (fn === OPS.setFillRGBColor) fill = String(args[0]);
        else if (fn === OPS.setStrokeRGBColor) stroke = String(args[0]);
        else if (fn === OPS.setFillColorN || fn === OPS.setFillGray || fn === OPS.setFillCMYKColor) fill = '#000000';
        else if (fn === OPS.setStrokeColorN || fn === OPS.setStrokeGray || fn === OPS.setStrokeCMYKColor) stroke = '#000000';
        else if (fn === OPS.constructPath) {
          const op = args[0] as number;
          const minMax = args[2] as ArrayLike<number> | null;
          if (!minMax || !Number.isFinite(minMax[0])) continue;
          const inked = (FILLS.has(op) && !WHITE.test(fill)) || ((STROKES.has(op) || op === OPS.fillStroke) && !WHITE.test(stroke));
          if (inked) boxes.push(boxOf(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!, height));
        } else if (IMAGES.has(fn) || fn === OPS.shadingFill) boxes.push(boxOf(ctm, 0, 0, 1, 1, height));
      }
      // Paint that covers the page is its background, not ink.
      pages.push({ page: n, width, height, boxes: boxes.filter((b) => !(b.right - b.left > width * 0.95 && b.bottom - b.top > height * 0.95)) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
