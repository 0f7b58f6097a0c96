import { describe, expect, it } from 'vitest';
import { chartModel, spreadLabels, thin } from '../../src/lib/charts/model';
import type { Series } from '../../src/lib/charts/series';

const periods = ['2019', '2020', '2021'];
const series: Series[] = [
  {
    key: 'exports',
    label: 'Exports',
    points: [
      { period: '2019', value: 100 },
      { period: '2020', value: 50 },
      { period: '2021', value: 150 },
    ],
  },
  {
    key: 'imports',
    label: 'Imports',
    points: [
      { period: '2019', value: 200 },
      { period: '2020', value: null },
      { period: '2021', value: 190, flag: 'provisional' },
    ],
  },
];
const wide = { width: 600, height: 300, narrow: false };

describe('line chart model', () => {
  const m = chartModel({ kind: 'line', periods, series, unit: 'count', periodKind: 'calendar-year', annotations: [{ at: '2020', label: 'Pandemic' }] }, wide);
  it('maps the first and last periods to the plot edges', () => {
    expect(m.lines[0]!.points[0]!.x).toBe(m.margin.left);
    expect(m.lines[0]!.points[2]!.x).toBe(600 - m.margin.right);
  });
  it('puts the largest value at the top of a nice domain starting at zero', () => {
    expect(m.yTicks[0]!.label).toBe('0');
    expect(m.yTicks[m.yTicks.length - 1]!.label).toBe('200');
    expect(m.yTicks[m.yTicks.length - 1]!.pos).toBe(m.margin.top);
    expect(m.zeroY).toBe(300 - m.margin.bottom);
  });
  it('breaks a line at a missing value instead of inventing one', () => {
    expect(m.lines[1]!.points.map((p) => p.period)).toEqual(['2019', '2021']);
    // Two points with a gap between them: no segment to draw, only the two markers.
    expect(m.lines[1]!.d).toBe('');
    expect(m.lines[0]!.d.match(/M/g)).toHaveLength(1);
  });
  it('carries flags to the plotted point', () => expect(m.lines[1]!.points[1]!.flag).toBe('provisional'));
  it('labels each line at its last point without overlap', () => {
    expect(m.labels.map((l) => l.text).sort()).toEqual(['Exports', 'Imports']);
    const [a, b] = m.labels.map((l) => l.y).sort((x, y) => x - y);
    expect(b! - a!).toBeGreaterThanOrEqual(15);
  });
  it('puts year ticks on whole years only', () => expect(m.xTicks.map((t) => t.label)).toEqual(['2019', '2020', '2021']));
  it('places annotations on their period', () => expect(m.annotations[0]!.x).toBe(m.lines[0]!.points[1]!.x));
  it('offers exact values for the tooltip', () => {
    expect(m.columns[2]!.heading).toBe('2021');
    expect(m.columns[2]!.items.map((i) => i.text)).toEqual(['150', '190']);
    expect(m.columns[1]!.items[1]!.text).toBe('no value');
  });
  it('rejects an annotation outside the data', () => {
    expect(() =>
      chartModel({ kind: 'line', periods, series, unit: 'count', periodKind: 'calendar-year', annotations: [{ at: '1994', label: 'NAFTA' }] }, wide),
    ).toThrow('annotation at "1994" is outside');
  });
  it('drops end labels and uses fewer ticks when narrow', () => {
    const n = chartModel({ kind: 'line', periods, series, unit: 'count', periodKind: 'calendar-year' }, { width: 360, height: 300, narrow: true });
    expect(n.labels).toEqual([]);
    expect(n.yTicks.length).toBeLessThanOrEqual(m.yTicks.length);
  });
});

describe('bar chart models', () => {
  it('stacks components so the top of the stack is the total', () => {
    const m = chartModel(
      {
        kind: 'stacked-bar',
        periods,
        series: [series[0]!, { ...series[1]!, points: series[1]!.points.map((p) => ({ ...p, value: p.value ?? 0 })) }],
        unit: 'count',
        periodKind: 'fiscal-year',
      },
      wide,
    );
    const y2021 = m.bars.filter((b) => b.period === '2021');
    const top = Math.min(...y2021.map((b) => b.y));
    const bottom = Math.max(...y2021.map((b) => b.y + b.h));
    expect(bottom).toBeCloseTo(m.zeroY);
    expect(m.columns[2]!.total).toBe('340');
    expect(top).toBeLessThan(bottom);
  });
  it('gives bars equal widths and x labels for fiscal years', () => {
    const m = chartModel({ kind: 'bar', periods, series: [series[0]!], unit: 'count', periodKind: 'fiscal-year' }, wide);
    expect(new Set(m.bars.map((b) => b.w)).size).toBe(1);
    expect(m.bars[2]!.h).toBeGreaterThan(m.bars[0]!.h);
  });
});

describe('helpers', () => {
  it('spreads overlapping labels apart', () => {
    const out = spreadLabels([{ y: 50 }, { y: 52 }, { y: 53 }], 15, 0, 300);
    expect(out.map((l) => l.y)).toEqual([50, 65, 80]);
  });
  it('thins ticks but keeps the last', () => {
    expect(thin([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
  });
});
