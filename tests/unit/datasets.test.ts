/**
 * Every shipped dataset loads, and the generated chart descriptions quote numbers that are in the CSV.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { buildSeries } from '../../src/lib/charts/series';
import { describeSeries, seriesFacts } from '../../src/lib/charts/describe';
import { formatReadable } from '../../src/lib/charts/format';

const ids = fs
  .readdirSync('content/data')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''));

describe.each(ids)('dataset %s', (id) => {
  const d = loadDataset(id);
  it('has rows, a sha256 and known columns', () => {
    expect(d.rows.length).toBeGreaterThan(0);
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('describes each numeric column with values taken from the CSV', () => {
    const numeric = d.meta.columns.filter((c) => (c.type === 'integer' || c.type === 'number') && c.name !== d.meta.period.column);
    for (const col of numeric) {
      const { series } = buildSeries(d.meta, d.rows, { series: [col.name], groupBy: d.meta.groupColumn });
      for (const s of series) {
        const facts = seriesFacts(s);
        if (!facts) continue;
        const csv = d.rows.filter((r) => !d.meta.groupColumn || String(r[d.meta.groupColumn]) === s.label);
        const valueAt = (p: string) => csv.find((r) => String(r[d.meta.period.column]) === p)?.[col.name];
        expect(valueAt(facts.first.period)).toBe(facts.first.value);
        expect(valueAt(facts.last.period)).toBe(facts.last.value);
        const values = csv.map((r) => r[col.name]).filter((v): v is number => typeof v === 'number');
        expect(facts.peak.value).toBe(Math.max(...values));
        expect(facts.low.value).toBe(Math.min(...values));
        const text = describeSeries([s], d.meta.unit.kind, d.meta.period.kind);
        expect(text).toContain(formatReadable(facts.peak.value, d.meta.unit.kind));
      }
    }
  });
});

describe('known values', () => {
  it('FY2021 southwest border encounters are 1,734,686', () => {
    const d = loadDataset('sw-border-encounters-by-type');
    expect(d.rows.find((r) => r.fiscal_year === 2021)?.total_southwest_border_encounters).toBe(1734686);
  });
  it('homicide gaps stay empty, never filled in', () => {
    const d = loadDataset('mexico-homicides');
    expect(d.rows.find((r) => r.year === 2016)?.homicides_definitive).toBeNull();
  });
});
