/**
 * The Spanish edition's money and unit convention (written down at the top of src/i18n/es.ts): no
 * "$" before a number unless it is "US$", axis abbreviations a Mexican reader knows, pounds with
 * kilograms, fiscal years defined where they appear, percentages grouped.
 */
import { describe, expect, it } from 'vitest';
import { describeSeries } from '../../src/lib/charts/describe';
import { formatExactWithUnit, formatReadable, formatTableValue, formatTick } from '../../src/lib/charts/format';
import { chartModel } from '../../src/lib/charts/model';
import type { Series } from '../../src/lib/charts/series';
import { es } from '../../src/i18n/es';
import { PESO_LOOKING } from '../support/money';

const usd: Series[] = [
  {
    key: 'x',
    label: 'Exportaciones',
    points: [
      { period: '2019', value: 256_000 },
      { period: '2020', value: -12_000 },
      { period: '2021', value: 1_234_567 },
    ],
  },
];
const lb: Series[] = [
  {
    key: 'f',
    label: 'Fentanilo',
    points: [
      { period: '2019', value: 150 },
      { period: '2021', value: 11_201 },
    ],
  },
];

describe('dollars in Spanish', () => {
  it('tables and tooltips write US$ before the amount', () => {
    expect(formatExactWithUnit(277194.6, 'usd-millions', 'es')).toBe('US$277,194.6 millones');
    expect(formatExactWithUnit(-15808.3, 'usd-millions', 'es')).toBe('−US$15,808.3 millones');
  });
  it('descriptions and cards write US$ with the Spanish scale word', () => {
    expect(formatReadable(612_800, 'usd-millions', 'es')).toBe('US$612.8 mil millones');
    expect(formatReadable(950, 'usd-millions', 'es')).toBe('US$950.0 millones');
  });
  it('axis ticks use mdd and mmd, which name the currency, and never bdd', () => {
    expect(formatTick(400, 'usd-millions', 'es')).toBe('400 mdd');
    expect(formatTick(400_000, 'usd-millions', 'es')).toBe('400 mmd');
    expect(formatTick(-200_000, 'usd-millions', 'es')).toBe('−200 mmd');
    expect(formatTick(1_000_000, 'usd-millions', 'es')).toBe('1,000 mmd');
    expect(formatTick(1_200_000, 'usd-millions', 'es')).toBe('1,200 mmd');
  });
  it('counts tick as "500 mil", "1 millón", "1.5 millones"', () => {
    expect(formatTick(500_000, 'count', 'es')).toBe('500 mil');
    expect(formatTick(1_000_000, 'count', 'es')).toBe('1 millón');
    expect(formatTick(1_500_000, 'count', 'es')).toBe('1.5 millones');
  });
  for (const kind of ['line', 'bar', 'stacked-bar'] as const) {
    it(`a ${kind} chart in dollars: ticks, hover text and description carry no bare "$"`, () => {
      const m = chartModel(
        { kind, periods: ['2019', '2020', '2021'], series: usd, unit: 'usd-millions', periodKind: 'calendar-year', lang: 'es' },
        { width: 640, height: 380, narrow: false },
      );
      const text = [...m.yTicks.map((t) => t.label), ...m.columns.flatMap((c) => [...c.items.map((i) => i.text), c.total ?? ''])].join(' | ');
      expect(text).toContain('US$');
      expect(text).not.toMatch(PESO_LOOKING);
      expect(describeSeries(usd, 'usd-millions', 'calendar-year', 'es')).not.toMatch(PESO_LOOKING);
      // The longest tick label fits inside the left margin.
      expect(m.margin.left).toBeGreaterThanOrEqual(Math.max(...m.yTicks.map((t) => t.label.length)) * 12 * 0.6);
    });
  }
  it('no Spanish interface string puts "$" before a number', () => {
    // A placeholder or a digit right after a bare "$": "{sign}${n} millones" would print "$612.8 millones".
    expect(Object.entries(es).filter(([, v]) => /(?<!US)\$[{\d]/.test(v))).toEqual([]);
  });
});

describe('units in Spanish', () => {
  it('pounds come with kilograms', () => {
    expect(formatExactWithUnit(11_201, 'pounds', 'es')).toBe('11,201 lb (5,081 kg)');
    expect(formatReadable(11_201, 'pounds', 'es')).toBe('11,201 libras (5,081 kg)');
    expect(describeSeries(lb, 'pounds', 'fiscal-year', 'es')).toContain('(5,081 kg)');
    // Tables and axes too: a Mexican reader assumes kilograms unless told.
    expect(formatTableValue(2_801, 'pounds', 'es')).toBe('2,801 (1,271 kg)');
    expect(formatTableValue(2_801, 'pounds', 'en')).toBe('2,801');
    expect(formatTick(25_000, 'pounds', 'es')).toBe('25 mil lb');
  });
  it('percent changes are grouped: +7,367%', () => {
    expect(describeSeries(lb, 'pounds', 'fiscal-year', 'es')).toContain('+7,367%');
  });
  it('the fiscal year is defined in the chart subtitle', () => {
    expect(es['chart.spanFiscalYears']).toMatch(/AF: de octubre a septiembre/);
    expect(es['chart.spanMonths']).toBe('de {first} a {last}');
  });
});
