/**
 * The hatch laid over bars whose values were published after the vantage date: stripes in the page
 * colour at 45°, 0.8 wide, repeating every 7 units along each axis (4.95 across the stripes).
 *
 * It used to be one line in a 5-unit tile rotated by `patternTransform`. resvg, which draws the PNG
 * downloads and share cards, draws that rotated tile about twice as slowly (a figure with large hatched
 * bars: 37.9 → 21.6 ms at download size), and a large build draws thousands of them. The tile is now
 * square and axis-aligned, with the stripes drawn across it as shapes; its side is a whole number of
 * units so that it is a whole number of pixels at whole scales (resvg rounds a tile to whole pixels,
 * and 5·√2 drifted). The stripes are 1 % closer than before, which does not show.
 */
const SIDE = 7;
/** Stripe width across the stripes. */
const WIDTH = 0.8;
/** Where a stripe's edges cut the axes. */
const cut = Math.round(WIDTH * Math.SQRT2 * 1e4) / 1e4;

export const HATCH_TILE = SIDE;
/** The stripes within one tile: the corner triangle at the origin and the band across the diagonal. */
export const HATCH_PATH = `M0 0H${cut}L0 ${cut}ZM${SIDE} 0V${cut}L${cut} ${SIDE}H0Z`;
