/**
 * The later-values hatch (src/lib/charts/hatch.ts): lines clipped to the hatched bars on the page, a
 * pattern tile in the downloads. Both must draw the stripes the geometry says, the lines must cover
 * every part of the bars they are clipped to, and a bar must be as covered as with the stripes they
 * replaced (a line in a 5-unit tile rotated 45°).
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { HATCH, HATCH_PATH, HATCH_TILE, hatchLines, hatchOver } from '../../src/lib/charts/hatch';

const SCALE = 8;
/** A dark square 60 units wide with something over it, drawn at 8 pixels a unit: the red channel, 0 to 1. */
const draw = (over: string) => {
  const rgba = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#000"/>${over}</svg>`, {
    fitTo: { mode: 'width', value: 60 * SCALE },
  }).render().pixels;
  return Float64Array.from({ length: rgba.length / 4 }, (_, i) => rgba[i * 4]! / 255);
};
const lines = (d: string, clip = '<rect width="60" height="60"/>') =>
  `<clipPath id="c">${clip}</clipPath><path d="${d}" clip-path="url(#c)" fill="none" stroke="#fff" stroke-width="${HATCH.width}"/>`;
const OLD = `<defs><pattern id="h" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="5" stroke="#fff" stroke-width="1.6"/></pattern></defs><rect width="60" height="60" fill="url(#h)"/>`;
const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
/** Whether the pixel at index i has its centre on a stripe: x + y within 0.8·√2 past a multiple of 7. */
const onStripe = (i: number) => {
  const [x, y] = [((i % (60 * SCALE)) + 0.5) / SCALE, (Math.floor(i / (60 * SCALE)) + 0.5) / SCALE];
  return (x + y) % HATCH.period < HATCH.width * Math.SQRT2;
};

describe('the hatch over values published after the vantage date', () => {
  test('draws 45° stripes 0.8 wide, 7 apart along each axis, from the origin, over the whole box', () => {
    const ours = draw(lines(hatchLines(0, 0, 60, 60)));
    let wrong = 0;
    for (let i = 0; i < ours.length; i++) if (onStripe(i) !== ours[i]! > 0.5) wrong++;
    // Anti-aliased edge pixels aside, every pixel is where the geometry puts it, corners included.
    expect(wrong / ours.length).toBeLessThan(0.02);
  });

  test('over boxes anywhere, the lines reach every corner of their extent', () => {
    const boxes = [
      { x: 3.4, y: 41.2, width: 9.6, height: 17.3 },
      { x: 31.7, y: 2.5, width: 12.1, height: 55.5 },
    ];
    const clip = boxes.map((b) => `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`).join('');
    const ours = draw(lines(hatchOver(boxes), clip));
    const inside = (i: number) => {
      const [x, y] = [((i % (60 * SCALE)) + 0.5) / SCALE, (Math.floor(i / (60 * SCALE)) + 0.5) / SCALE];
      return boxes.some((b) => x > b.x + 0.2 && x < b.x + b.width - 0.2 && y > b.y + 0.2 && y < b.y + b.height - 0.2);
    };
    let wrong = 0;
    let counted = 0;
    for (let i = 0; i < ours.length; i++) {
      if (!inside(i)) {
        // Nothing is drawn outside the boxes.
        if (ours[i]! > 0.5) wrong++;
        continue;
      }
      counted++;
      if (onStripe(i) !== ours[i]! > 0.5) wrong++;
    }
    expect(counted).toBeGreaterThan(40_000);
    expect(wrong / ours.length).toBeLessThan(0.02);
  });

  test('the downloads’ pattern tile draws the same stripes as the lines', () => {
    const tile = `<defs><pattern id="t" patternUnits="userSpaceOnUse" width="${HATCH_TILE}" height="${HATCH_TILE}"><path d="${HATCH_PATH}" fill="#fff"/></pattern></defs><rect width="60" height="60" fill="url(#t)"/>`;
    const [a, b] = [draw(tile), draw(lines(hatchLines(0, 0, 60, 60)))];
    expect(mean(a.map((v, i) => Math.abs(v - b[i]!)))).toBeLessThan(0.02);
  });

  test('covers a bar as the stripes it replaced did, to within a hundredth', () => {
    expect(mean(draw(OLD))).toBeCloseTo(0.16, 2);
    expect(Math.abs(mean(draw(lines(hatchLines(0, 0, 60, 60)))) - mean(draw(OLD)))).toBeLessThan(0.01);
  });

  test('writes each line with the same relative commands, so the path compresses to almost nothing', () => {
    const d = hatchLines(60, 20, 620, 340);
    expect(d).toMatch(/^M-?\d+ -?[\d.]+(l\d+ -\d+m-\d+ \d+)+$/);
    expect(new Set(d.match(/l\d+ -\d+m-\d+ \d+/g)).size).toBe(1);
  });
});
