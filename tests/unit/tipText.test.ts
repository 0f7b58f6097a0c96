import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatExactWithUnit, formatTableValue, valueTemplates, type UnitKind } from '../../src/lib/charts/format';
import { tipText } from '../../src/lib/charts/tipText';
import { LANGS } from '../../src/i18n/locales';
import { loadDataset } from '../../src/lib/data/datasetLoader';

const UNITS: UnitKind[] = ['usd-millions', 'pounds', 'count'];
// Whole and fractional, negative (trade balances), large, zero and the site's real awkward ones.
const VALUES = [0, 1, 7, 999, 1000, 2801, 14699.88, 277194.6, -106640.3, -0.5, 1734686, 612800.123, 93331];

describe('tooltip text from the table cell (the island ships no values of its own)', () => {
  for (const lang of LANGS)
    for (const unit of UNITS)
      test(`${lang}, ${unit}: the tooltip writes exactly what formatExactWithUnit writes`, () => {
        const templates = valueTemplates(unit, lang);
        // A weight is never negative (seizures), and a negative one has no settled wording.
        for (const v of VALUES.filter((x) => unit !== 'pounds' || x >= 0))
          expect(tipText(formatTableValue(v, unit, lang), templates), `${v}`).toBe(formatExactWithUnit(v, unit, lang));
      });

  test('a cell that does not fit the template comes back as it is (no guessed unit)', () => {
    expect(tipText('  n/a ', { cell: '{n} ({kg} kg)', tip: '{sign}{n} lb ({kg} kg)' })).toBe('n/a');
  });

  test('regex characters in a template are literal', () => {
    expect(tipText('5 (2.3 kg)', { cell: '{n} ({kg} kg)', tip: '{n}|{kg}' })).toBe('5|2.3');
    expect(tipText('5x(2.3 kg)', { cell: '{n} ({kg} kg)', tip: '{n}|{kg}' })).toBe('5x(2.3 kg)');
  });
});

describe('every value the site charts', () => {
  const ids = fs
    .readdirSync('content/data')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace('.yaml', ''));
  test.each(ids)('%s: the tooltip made from each table cell matches the exact value with its unit', (id) => {
    const { meta, rows } = loadDataset(id);
    const numeric = meta.columns.filter((c) => (c.type === 'integer' || c.type === 'number') && c.name !== meta.period.column);
    for (const lang of LANGS)
      for (const row of rows)
        for (const col of numeric) {
          const v = row[col.name];
          if (typeof v !== 'number') continue;
          expect(tipText(formatTableValue(v, meta.unit.kind, lang), valueTemplates(meta.unit.kind, lang))).toBe(formatExactWithUnit(v, meta.unit.kind, lang));
        }
  });
});
