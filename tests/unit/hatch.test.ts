/**
 * The later-values hatch (src/lib/charts/hatch.ts) is an axis-aligned tile so that it draws quickly.
 * It must draw the stripes its geometry says, and cover a bar as much as the stripes it replaced (a
 * line in a 5-unit tile rotated 45°) did.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { HATCH_PATH, HATCH_TILE } from '../../src/lib/charts/hatch';

/** A line 1.6 wide in a rotated tile `period` wide, which the tile clips to 0.8. */
const rotated = (period: number) =>
  `<pattern id="h" patternUnits="userSpaceOnUse" width="${period}" height="${period}" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${period}" stroke="#fff" stroke-width="1.6"/></pattern>`;
const TILED = `<pattern id="h" patternUnits="userSpaceOnUse" width="${HATCH_TILE}" height="${HATCH_TILE}"><path d="${HATCH_PATH}" fill="#fff"/></pattern>`;
/** A dark square 60 units wide under the hatch, drawn at 8 pixels a unit: the red channel. */
const draw = (pattern: string) => {
  const rgba = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><defs>${pattern}</defs><rect width="60" height="60" fill="#000"/><rect width="60" height="60" fill="url(#h)"/></svg>`,
    { fitTo: { mode: 'width', value: 480 } },
  ).render().pixels;
  return Float64Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4]! / 255);
};
const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;

describe('the hatch over values published after the vantage date', () => {
  test('draws 45° stripes 0.8 wide, 7 apart along each axis, starting at the origin', () => {
    const ours = draw(TILED);
    const across = 0.8 * Math.SQRT2;
    let wrong = 0;
    for (let i = 0; i < ours.length; i++) {
      // The pixel's centre, in user units; it is on a stripe where x + y falls in the stripe's span.
      const [x, y] = [((i % 480) + 0.5) / 8, (Math.floor(i / 480) + 0.5) / 8];
      const onStripe = (x + y) % 7 < across;
      if (onStripe !== ours[i]! > 0.5) wrong++;
    }
    // Anti-aliased edge pixels aside, every pixel is where the geometry puts it.
    expect(wrong / ours.length).toBeLessThan(0.02);
  });

  test('covers a bar as the stripes it replaced did, to within a hundredth', () => {
    expect(mean(draw(rotated(5)))).toBeCloseTo(0.16, 2);
    expect(Math.abs(mean(draw(TILED)) - mean(draw(rotated(5))))).toBeLessThan(0.01);
  });
});
