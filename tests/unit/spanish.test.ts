/** The Spanish edition's pure parts: locale formats, chart words, dataset words, citations, staleness. */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatExact, formatExactWithUnit, formatPeriod, formatReadable, formatTick } from '../../src/lib/charts/format';
import { formatDate, formatPartialDate, formatPartialDateStart } from '../../src/lib/format/dates';
import { chartModel } from '../../src/lib/charts/model';
import { describeSeries } from '../../src/lib/charts/describe';
import { buildSeries, type Series } from '../../src/lib/charts/series';
import { citations } from '../../src/lib/format/citePage';
import { localizeDatasetMeta } from '../../src/lib/data/localizeDataset';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { datasetEsSchema } from '../../src/schemas/translations';
import { isOutdated } from '../../src/lib/content/outdated';
import { clientStrings, englishStrings, t, tParts } from '../../src/i18n/ui';

const ROOT = path.resolve(import.meta.dirname, '../..');
const esWords = (id: string) => datasetEsSchema.parse(parseYaml(fs.readFileSync(path.join(ROOT, 'content/es/data', `${id}.yaml`), 'utf8')));
const datasetIds = fs
  .readdirSync(path.join(ROOT, 'content/data'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));

describe('es-MX numbers and dates (d3-format, d3-time-format)', () => {
  it('groups thousands with a comma and keeps the CSV decimals', () => {
    expect(formatExact(1734686, 'es')).toBe('1,734,686');
    expect(formatExactWithUnit(277194.6, 'usd-millions', 'es')).toBe('US$277,194.6 millones');
  });
  it('writes magnitudes in Spanish words', () => {
    expect(formatReadable(1734686, 'count', 'es')).toBe('1.7 millones');
    expect(formatReadable(663_800, 'usd-millions', 'es')).toBe('US$663.8 mil millones');
    expect(formatReadable(1_234_567, 'usd-millions', 'es')).toBe('US$1.2 billones');
    expect(formatTick(1_500_000, 'count', 'es')).toBe('1.5 millones');
    expect(formatTick(500_000, 'count', 'es')).toBe('500 mil');
  });
  it('names months in lower-case Spanish and fiscal years as AF', () => {
    expect(formatPeriod('2021-09', 'month', false, 'es')).toBe('septiembre de 2021');
    expect(formatPeriod('2021-09', 'month', true, 'es')).toBe('sep 2021');
    expect(formatPeriod('2021', 'fiscal-year', false, 'es')).toBe('AF2021');
    expect(formatPartialDate('2021-10-08', 'es')).toBe('8 de octubre de 2021');
    expect(formatPartialDate('2021-10', 'es')).toBe('octubre de 2021');
    // After a full stop in a source entry, the month opens the sentence.
    expect(formatPartialDateStart('2022-10', 'es')).toBe('Octubre de 2022');
    expect(formatPartialDateStart('2021-10-08', 'es')).toBe('8 de octubre de 2021');
    expect(formatDate(new Date('2026-11-27'), 'es')).toBe('27 de noviembre de 2026');
  });
  it('leaves English as it was', () => {
    expect(formatPeriod('2021-09', 'month')).toBe('September 2021');
    expect(formatPartialDate('2021-10-08')).toBe('8 October 2021');
  });
});

describe('Spanish charts', () => {
  const series: Series[] = [
    {
      key: 'a',
      label: 'Encuentros',
      points: [
        { period: '2021-08', value: 209840 },
        { period: '2021-09', value: null },
      ],
    },
  ];
  const m = chartModel(
    { kind: 'line', periods: ['2021-08', '2021-09'], series, unit: 'count', periodKind: 'month', lang: 'es' },
    { width: 600, height: 300, narrow: false },
  );
  it('puts Spanish months and figures in hover text and ticks', () => {
    expect(m.columns[0]!.heading).toBe('agosto de 2021');
    expect(m.columns[0]!.items[0]!.text).toBe('209,840');
    expect(m.columns[1]!.items[0]!.text).toBe('sin dato');
    expect(m.xTicks.map((x) => x.label)).toEqual(['ago 2021', 'sep 2021']);
    expect(m.yTicks.some((y) => y.label.endsWith(' mil'))).toBe(true);
  });
  it('describes a series in Spanish', () => {
    const s: Series[] = [
      {
        key: 'a',
        label: 'Total',
        points: [
          { period: '2019', value: 977509 },
          { period: '2021', value: 1734686 },
        ],
      },
    ];
    expect(describeSeries(s, 'count', 'fiscal-year', 'es')).toBe(
      'Total: 977,509 en AF2019 y 1.7 millones en AF2021, un cambio de +77%; máximo de 1.7 millones en AF2021 y mínimo de 977,509 en AF2019.',
    );
  });
});

describe('Spanish dataset words', () => {
  it.each(datasetIds)('%s: every label, note and flag is translated', (id) => {
    const d = loadDataset(id, ROOT);
    const meta = localizeDatasetMeta(d.meta, esWords(id), d.rows, `content/es/data/${id}.yaml`);
    expect(meta.title).not.toBe(d.meta.title);
    expect(meta.flags.map((f) => f.period)).toEqual(d.meta.flags.map((f) => f.period));
    expect(meta.flags.every((f, i) => f.note !== d.meta.flags[i]!.note)).toBe(true);
    expect(meta.notes).toHaveLength(d.meta.notes.length);
    expect(meta.sources).toEqual(d.meta.sources);
  });
  it('names groups in Spanish', () => {
    const d = loadDataset('us-top-partners-goods-trade', ROOT);
    const meta = localizeDatasetMeta(d.meta, esWords(d.id), d.rows, 'x.yaml');
    const { series } = buildSeries(meta, d.rows, { series: ['total_trade_usd_millions'], groupBy: 'partner', flagLabel: (k) => t('es', `flag.${k}` as never) });
    expect(series.map((s) => s.label).sort()).toEqual(['Canadá', 'China', 'México']);
  });
  it('marks flagged values with the page’s word', () => {
    const d = loadDataset('mexico-homicides', ROOT);
    const { series } = buildSeries(d.meta, d.rows, { series: ['homicides_preliminary'], flagLabel: (k) => t('es', `flag.${k}` as never) });
    const flags = new Set(series[0]!.points.filter((p) => p.value !== null).map((p) => p.flag));
    expect([...flags]).toEqual(['preliminar']);
  });
  it('stops on a missing column label, flag note or group name, naming the file and field', () => {
    const d = loadDataset('us-top-partners-goods-trade', ROOT);
    const words = esWords(d.id);
    const noLabel = { ...words, columns: Object.fromEntries(Object.entries(words.columns).filter(([k]) => k !== 'exports_usd_millions')) };
    expect(() => localizeDatasetMeta(d.meta, noLabel, d.rows, 'content/es/data/x.yaml')).toThrow(
      'content/es/data/x.yaml: field "columns.exports_usd_millions": missing; expected a Spanish label',
    );
    expect(() => localizeDatasetMeta(d.meta, { ...words, flags: {} }, d.rows, 'content/es/data/x.yaml')).toThrow(
      'content/es/data/x.yaml: field "flags.2024": missing',
    );
    expect(() =>
      localizeDatasetMeta(d.meta, { ...words, values: { partner: { Mexico: 'México', Canada: 'Canadá' } } }, d.rows, 'content/es/data/x.yaml'),
    ).toThrow('field "values.partner.China": missing; expected the Spanish name of "China"');
    expect(() => localizeDatasetMeta(d.meta, { ...words, notes: [] }, d.rows, 'content/es/data/x.yaml')).toThrow('field "notes": has 0 notes; expected 1');
  });
});

describe('Spanish citations', () => {
  const c = citations(
    {
      title: 'Migración',
      url: 'https://intermestic.org/es/migracion/',
      revised: new Date('2026-11-27'),
      accessed: new Date('2027-01-05'),
      key: 'migracion',
      site: 'Intermestic',
      lang: 'es',
    },
    { chicago: t('es', 'cite.chicago'), apa: t('es', 'cite.apa') },
  );
  it('dates and words follow Spanish usage', () => {
    expect(c.Chicago).toBe(
      'Intermestic. “Migración”. Intermestic: análisis de la relación entre México y Estados Unidos. Última modificación: 27 de noviembre de 2026. Consultado el 5 de enero de 2027. https://intermestic.org/es/migracion/.',
    );
    expect(c.APA).toContain('(2026, 27 de noviembre)');
    expect(c.APA).toContain('Recuperado el 5 de enero de 2027 de https://intermestic.org/es/migracion/');
    expect(c.APA).not.toMatch(/2027, de https/);
    expect(c.BibTeX).toContain('langid = {spanish}');
    expect(c.RIS).toContain('LA  - es');
  });
});

describe('staleness of a translation', () => {
  const rev = (...dates: string[]) => ({ revisions: dates.map((d) => ({ date: new Date(d) })) });
  it('is stale only when the original was revised on a later day', () => {
    expect(isOutdated(rev('2026-11-27'), rev('2026-11-20', '2026-12-02'))).toBe(true);
    expect(isOutdated(rev('2026-11-27'), rev('2026-11-27'))).toBe(false);
    expect(isOutdated(rev('2026-11-27'), rev('2026-11-01'))).toBe(false);
  });
});

describe('interface dictionary', () => {
  it('has a Spanish string for every key, different from the English where it is a phrase', () => {
    const same = englishStrings();
    expect(same.length).toBeGreaterThan(80);
    expect(t('es', 'link.copied')).toBe('Enlace copiado');
    expect(t('es', 'chapter.n', { n: 2 })).toBe('Capítulo 2');
  });
  it('splits a template at its placeholders', () => expect(tParts('en', 'chapter.outdated')[1]).toBe('en'));
  it('gives client scripts the words of the page’s language', () => {
    expect(clientStrings('es')['search.many']).toBe('{n} resultados');
    expect(clientStrings('en')['link.copied']).toBe('Link copied');
  });
});
