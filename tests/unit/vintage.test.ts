import { describe, expect, it } from 'vitest';
import { lastEndedBy, latestDay, periodEnd, publishedAfter } from '../../src/lib/data/vintage';
import { checkProvenance, provenanceOf } from '../../src/lib/data/provenance';
import { chartModel, splitRuns, type PlotPoint } from '../../src/lib/charts/model';
import type { Series } from '../../src/lib/charts/series';

const VANTAGE = '2021-10-08';

describe('dates against the vantage', () => {
  it('reads a partial date as its last possible day', () => {
    expect(latestDay('2021')).toBe('2021-12-31');
    expect(latestDay('2021-02')).toBe('2021-02-28');
    expect(latestDay('2020-02')).toBe('2020-02-29');
    expect(latestDay('2021-10-08')).toBe('2021-10-08');
  });
  it('treats a date that may fall after the vantage as after it', () => {
    expect(publishedAfter('2021-10-08', VANTAGE)).toBe(false);
    expect(publishedAfter('2021-09', VANTAGE)).toBe(false);
    expect(publishedAfter('2021-10', VANTAGE)).toBe(true);
    expect(publishedAfter('2021', VANTAGE)).toBe(true);
    expect(publishedAfter('2021-10-22', VANTAGE)).toBe(true);
  });
  it('ends U.S. fiscal years on 30 September', () => {
    expect(periodEnd('2021', 'fiscal-year')).toBe('2021-09-30');
    expect(periodEnd('2021', 'calendar-year')).toBe('2021-12-31');
    expect(periodEnd('2021-09', 'month')).toBe('2021-09-30');
  });
  it('finds the last period that had ended by the vantage', () => {
    expect(lastEndedBy(['2019', '2020', '2021', '2022'], 'fiscal-year', VANTAGE)).toBe('2021');
    expect(lastEndedBy(['2019', '2020', '2021', '2022'], 'calendar-year', VANTAGE)).toBe('2020');
    expect(lastEndedBy(['2021-08', '2021-09', '2021-10'], 'month', VANTAGE)).toBe('2021-09');
    expect(lastEndedBy(['2022', '2023'], 'calendar-year', VANTAGE)).toBeUndefined();
  });
});

describe('provenance coverage', () => {
  const base = {
    period: { column: 'year', kind: 'calendar-year' as const },
    columns: [
      { name: 'year', type: 'integer' as const, optional: false, nonNegative: false },
      { name: 'definitive', type: 'integer' as const, optional: true, nonNegative: true },
      { name: 'preliminary', type: 'integer' as const, optional: true, nonNegative: true },
    ],
  };
  const cells = ['2019', '2020', '2021'].map((period) => ({ period }));
  it('accepts entries that cover every value exactly once', () => {
    const provenance = [
      { to: '2019', publishedBy: '2020-10' },
      { from: '2020', columns: ['preliminary'], publishedBy: '2021-07' },
      { from: '2020', columns: ['definitive'], publishedBy: '2021-11' },
    ];
    expect(checkProvenance({ ...base, provenance }, cells)).toEqual([]);
    expect(provenanceOf(provenance, '2020', 'definitive')?.publishedBy).toBe('2021-11');
  });
  it('names a value nobody dated and a value dated twice', () => {
    const problems = checkProvenance(
      {
        ...base,
        provenance: [
          { to: '2020', publishedBy: '2021' },
          { from: '2020', columns: ['definitive'], publishedBy: '2022' },
        ],
      },
      cells,
    );
    expect(problems).toContain('field "provenance": definitive for 2020 is covered by entries 0 and 1; expected exactly one');
    expect(problems).toContain('field "provenance": nothing says when preliminary for 2021 was published; add an entry covering it');
  });
  it('tells groups of a long-format file apart', () => {
    const long = { ...base, groupColumn: 'partner', columns: base.columns.slice(0, 2) };
    const rows = [
      { period: '2024', group: 'Mexico' },
      { period: '2024', group: 'Canada' },
    ];
    const provenance = [
      { groups: ['Mexico'], publishedBy: '2025-02-05', via: 'press-a' },
      { groups: ['Canada'], publishedBy: '2025-02-05', via: 'press-b' },
    ];
    expect(checkProvenance({ ...long, provenance }, rows)).toEqual([]);
    expect(provenanceOf(provenance, '2024', 'definitive', 'Canada')?.via).toBe('press-b');
    expect(checkProvenance({ ...long, provenance: provenance.slice(0, 1) }, rows)).toEqual([
      'field "provenance": definitive for 2024 (Canada) was published; add an entry covering it'.replace('definitive for', 'nothing says when definitive for'),
    ]);
  });
  it('names a column or period that does not exist', () => {
    const problems = checkProvenance(
      {
        ...base,
        provenance: [
          { publishedBy: '2021', columns: ['total'] },
          { from: '1999', publishedBy: '2021' },
        ],
      },
      cells,
    );
    expect(problems[0]).toMatch(/field "provenance.0.columns": "total" is not a numeric column/);
    expect(problems).toContain('field "provenance.1.from": "1999" is not a period in the CSV');
  });
});

describe('later values in the chart model', () => {
  const pt = (x: number, later = false): PlotPoint => ({ x, y: 0, period: String(x), value: 1, ...(later ? { later: true } : {}) });
  it('splits a line into known runs and runs that touch a later value', () => {
    const runs = splitRuns([pt(1), pt(2), pt(3, true), pt(4, true), null, pt(6, true), pt(7)]);
    expect(runs.known.map((r) => r.map((p) => p.x))).toEqual([[1, 2]]);
    expect(runs.later.map((r) => r.map((p) => p.x))).toEqual([
      [2, 3, 4],
      [6, 7],
    ]);
  });
  const series: Series[] = [
    { key: 'v', label: 'V', points: ['2019', '2020', '2021', '2022'].map((period, i) => ({ period, value: 10 + i, ...(i >= 2 ? { later: true } : {}) })) },
  ];
  const input = {
    kind: 'bar' as const,
    periods: ['2019', '2020', '2021', '2022'],
    series,
    unit: 'count' as const,
    periodKind: 'fiscal-year' as const,
    notesOf: (p: { later?: boolean }) => (p.later ? ['published after October 2021'] : []),
  };
  const vantage = { after: '2021', label: 'Briefing as of 8 October 2021', shortLabel: 'As of Oct 2021' };
  it('draws the vantage rule between the last period ended by the vantage and the next', () => {
    const m = chartModel({ ...input, vantage }, { width: 600, height: 300, narrow: false });
    const [, , c2021, c2022] = m.columns.map((c) => c.x);
    expect(m.vantage!.x).toBeCloseTo((c2021! + c2022!) / 2);
    expect(m.vantage!.label).toBe('Briefing as of 8 October 2021');
    expect(chartModel({ ...input, vantage }, { width: 360, height: 300, narrow: true }).vantage!.label).toBe('As of Oct 2021');
  });
  it('draws no rule when the data end at the vantage', () => {
    expect(chartModel({ ...input, vantage: { ...vantage, after: '2022' } }, { width: 600, height: 300, narrow: false }).vantage).toBeUndefined();
  });
  it('marks later bars and puts their notes in the hover text', () => {
    const m = chartModel({ ...input, vantage }, { width: 600, height: 300, narrow: false });
    expect(m.bars.map((b) => Boolean(b.later))).toEqual([false, false, true, true]);
    expect(m.columns[3]!.items[0]!.notes).toEqual(['published after October 2021']);
    expect(m.columns[0]!.items[0]!.notes).toBeUndefined();
  });
});
