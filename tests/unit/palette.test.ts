/**
 * The series palette must work for every reader: 3:1 contrast against the page in both themes, and
 * series still distinguishable under simulated protanopia, deuteranopia and tritanopia
 * (Machado et al. 2009, severity 1). The colours are read from their one source, src/styles/colors.css.
 */
import { describe, expect, it } from 'vitest';
import { COLORS, parseColors, seriesColors } from '../../src/lib/colors';

type RGB = [number, number, number];
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const lin = (h: string) => hex(h).map(toLinear) as RGB;
const luminance = (h: string) => {
  const [r, g, b] = lin(h);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: RGB, m: number[][]): RGB => m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as RGB;
function lab([r, g, b]: RGB): RGB {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const MIN_DELTA_E = 12;

describe.each([
  ['light', seriesColors('light'), COLORS.light.bg!],
  ['dark', seriesColors('dark'), COLORS.dark.bg!],
] as const)('%s theme', (_name, colours, bg) => {
  it.each(colours.map((c) => [c]))('%s has at least 3:1 contrast with the background', (c) => {
    expect(contrast(c, bg)).toBeGreaterThanOrEqual(3);
  });
  it.each(['normal', ...Object.keys(MACHADO)])('series stay distinct under %s vision', (kind) => {
    const seen = colours.map((c) => lab(kind === 'normal' ? lin(c) : simulate(lin(c), MACHADO[kind]!)));
    for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) expect(deltaE(seen[i]!, seen[j]!)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });
});

describe('the colour source', () => {
  it('holds four series colours and a background for each theme', () => {
    for (const theme of ['light', 'dark', 'print'] as const) {
      expect(seriesColors(theme)).toHaveLength(4);
      expect(COLORS[theme].bg).toMatch(/^#[0-9a-f]{3,6}$/);
    }
  });
  it('reads the dark and print blocks over the light one', () => {
    const parsed = parseColors(
      ':root {\n  --bg: #fff;\n  --text: #000;\n}\n@media (prefers-color-scheme: dark) { :root { --bg: #111; } }\n@media print { :root { --text: #333; } }',
    );
    expect(parsed.dark).toEqual({ bg: '#111', text: '#000' });
    expect(parsed.print).toEqual({ bg: '#fff', text: '#333' });
  });
});
