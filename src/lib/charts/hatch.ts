/**
 * The hatch laid over bars whose values were published after the vantage date: stripes in the page
 * colour at 45°, 0.8 wide, 7 units apart along each axis (4.95 across the stripes), the first from
 * the origin. One geometry, drawn two ways, because the two renderers are fast at different things:
 *
 * - On the page and on paper (ChartSvg.astro and the key in Chart.astro, Chromium): lines clipped to
 *   the hatched bars. Chromium cannot put an SVG pattern into a PDF as vector graphics: it printed
 *   every hatched bar as an image (the migration chapter's PDF was 3.9 MB, 3.6 MB of it such images,
 *   now 0.3 MB), and printing them took about a fifth of the PDF build. The lines stay vector.
 * - In the downloads and share cards (figureSvg.ts, resvg): an axis-aligned pattern tile. resvg
 *   draws it fastest (a figure download with large hatched bars: 21.6 ms; the lines clipped to the
 *   bars 52.8 ms; the rotated tile used before 37.9 ms), and a large build draws thousands of them.
 *   The tile's side is a whole number of units, so that it is a whole number of pixels at whole
 *   scales (resvg rounds a tile to whole pixels).
 */
export const HATCH = {
  /** Distance between stripes along either axis: the tile's side. */
  period: 7,
  /** Width across a stripe. */
  width: 0.8,
} as const;

const round = (n: number) => Math.round(n * 1e4) / 1e4;
/** Where a stripe's edges cut the axes: stripes cover x + y ∈ [7k, 7k + 0.8·√2]. */
const cut = round(HATCH.width * Math.SQRT2);

/** The pattern tile's side, and the stripes within one tile: the corner triangle and the band across the diagonal. */
export const HATCH_TILE = HATCH.period;
export const HATCH_PATH = `M0 0H${cut}L0 ${cut}ZM${HATCH.period} 0V${cut}L${cut} ${HATCH.period}H0Z`;

/**
 * The stripes over a box, as one path of parallel lines (stroke width `HATCH.width`) running up to the
 * right, each reaching past the box on both sides so that a clip to the bars inside it cuts them. The
 * lines are written with relative commands that repeat exactly, so the path compresses well.
 */
export function hatchLines(x0: number, y0: number, x1: number, y1: number): string {
  const { period } = HATCH;
  const left = Math.floor(x0) - 1;
  const span = Math.ceil(x1) + 1 - left;
  const first = Math.floor((x0 + y0) / period) - 1;
  const last = Math.ceil((x1 + y1) / period) + 1;
  const startY = round(first * period + cut / 2 - left);
  const step = `l${span} ${-span}m${-span} ${span + period}`;
  return `M${left} ${startY}${step.repeat(last - first + 1)}`;
}

/** The stripes over the extent of some boxes (the hatched bars of one series). */
export function hatchOver(boxes: { x: number; y: number; width: number; height: number }[]): string {
  return hatchLines(
    Math.min(...boxes.map((b) => b.x)),
    Math.min(...boxes.map((b) => b.y)),
    Math.max(...boxes.map((b) => b.x + b.width)),
    Math.max(...boxes.map((b) => b.y + b.height)),
  );
}
