import { describe, expect, it } from 'vitest';
import { chapterEsSchema, chapterSchema } from '../../src/schemas/chapter';
import { sourceSchema } from '../../src/schemas/source';
import { glossarySchema } from '../../src/schemas/glossary';
import { timelineEventSchema } from '../../src/schemas/timeline';
import { datasetMetaSchema } from '../../src/schemas/dataset';
import { siteSchema } from '../../src/schemas/site';
import { parseOrThrow } from '../../src/lib/content/formatIssues';

const chapter = {
  title: 'Migration',
  dek: 'How the two governments tried to manage record arrivals at the border in 2021.',
  order: 2,
  lastReviewed: '2026-11-27',
  topics: ['migration'],
  takeaways: ['First point for the reader.', 'Second point for the reader.', 'Third point for the reader.'],
  sources: ['wayne-2021'],
  sections: [
    { id: 'a', heading: 'A', topics: ['migration'] },
    { id: 'b', heading: 'B', topics: ['border'] },
    { id: 'c', heading: 'C', topics: ['trade'], pillars: ['investing-in-people'] },
  ],
  revisions: [{ date: '2026-11-27', note: 'First published.' }],
};

/** Expect parseOrThrow to fail with a message naming the file and the field. */
function expectFieldError(schema: Parameters<typeof parseOrThrow>[0], data: unknown, field: string) {
  expect(() => parseOrThrow(schema, data, 'content/x.yaml')).toThrow(new RegExp(`content/x\\.yaml: field "${field.replace(/\./g, '\\.')}"`));
}

describe('chapter schema', () => {
  it('accepts a complete chapter', () => {
    const parsed = chapterSchema.parse({ ...chapter, basis: 'wayne-2021' });
    expect(parsed.basis).toBe('wayne-2021');
    expect(parsed.lastReviewed).toBeInstanceOf(Date);
    expect(parsed.sections[0]!.pillars).toEqual([]);
  });
  it('names a missing field', () => expectFieldError(chapterSchema, { ...chapter, dek: undefined }, 'dek'));
  it('names an unknown topic inside a section', () =>
    expectFieldError(
      chapterSchema,
      { ...chapter, sections: [...chapter.sections.slice(0, 2), { id: 'c', heading: 'C', topics: ['sports'] }] },
      'sections.2.topics.0',
    ));
  it('rejects two takeaways', () => expectFieldError(chapterSchema, { ...chapter, takeaways: chapter.takeaways.slice(0, 2) }, 'takeaways'));
  it('rejects an unknown field', () => expect(() => parseOrThrow(chapterSchema, { ...chapter, author: 'x' }, 'c.mdx')).toThrow(/author/));
  it('rejects duplicate section ids', () =>
    expectFieldError(chapterSchema, { ...chapter, sections: [chapter.sections[0], chapter.sections[0], chapter.sections[2]] }, 'sections.1.id'));
});

describe('Spanish chapter schema', () => {
  const es = { ...chapter, translationOf: 'migration', sections: chapter.sections.map((s) => ({ ...s, id: `es-${s.id}`, key: s.id })) };
  it('accepts a translation that maps each section to its English key', () => expect(chapterEsSchema.parse(es).translationOf).toBe('migration'));
  it('names a section without its English key', () =>
    expectFieldError(chapterEsSchema, { ...es, sections: [{ ...es.sections[0], key: undefined }, ...es.sections.slice(1)] }, 'sections.0.key'));
  it('names a missing translationOf', () => expectFieldError(chapterEsSchema, { ...es, translationOf: undefined }, 'translationOf'));
});

describe('source schema', () => {
  const source = { id: 'wayne-2021', title: 'T', authors: ['A'], date: '2021-10', kind: 'article' };
  it('accepts a source without publisher or url', () => expect(sourceSchema.parse(source).id).toBe('wayne-2021'));
  it('names a malformed date', () => expectFieldError(sourceSchema, { ...source, date: 'October 2021' }, 'date'));
  it('names a bad kind', () => expectFieldError(sourceSchema, { ...source, kind: 'tweet' }, 'kind'));
  it('names a non-http url', () => expectFieldError(sourceSchema, { ...source, url: 'ftp://x.org/a' }, 'url'));
  it('records where values were read: a press report or a copy of the file', () => {
    const via = [
      { id: 'examiner-2021', kind: 'press', publisher: 'Washington Examiner', date: '2021-05' },
      { id: 'github-copy', kind: 'mirror', publisher: 'GitHub repository a/b' },
    ];
    expect(sourceSchema.parse({ ...source, via }).via.map((v) => v.kind)).toEqual(['press', 'mirror']);
    expect(sourceSchema.parse(source).via).toEqual([]);
  });
  it('names an intermediary of an unknown kind or without a publisher', () => {
    expectFieldError(sourceSchema, { ...source, via: [{ id: 'x', kind: 'rumour', publisher: 'P' }] }, 'via.0.kind');
    expectFieldError(sourceSchema, { ...source, via: [{ id: 'x', kind: 'press' }] }, 'via.0.publisher');
  });
});

describe('glossary schema', () => {
  const term = {
    term: 'Title 42',
    match: ['Title 42'],
    definition: 'A public-health authority used to expel migrants.',
    chapters: ['migration'],
    sources: ['wayne-2021'],
  };
  it('accepts a term', () => expect(glossarySchema.parse(term).term).toBe('Title 42'));
  it('names an empty match list', () => expectFieldError(glossarySchema, { ...term, match: [] }, 'match'));
  it('names a missing definition', () => expectFieldError(glossarySchema, { ...term, definition: undefined }, 'definition'));
});

describe('timeline schema', () => {
  const event = {
    id: 'usmca',
    date: '2020-07-01',
    title: 'USMCA in force',
    description: 'The agreement replaces NAFTA.',
    chapters: ['trade'],
    sources: ['crs-r44981-2020'],
  };
  it('accepts year, month and day precision', () => {
    for (const date of ['2020', '2020-07', '2020-07-01']) expect(timelineEventSchema.parse({ ...event, date }).date).toBe(date);
  });
  it('names an impossible month', () => expectFieldError(timelineEventSchema, { ...event, date: '2020-13' }, 'date'));
  it('names a missing source list', () => expectFieldError(timelineEventSchema, { ...event, sources: undefined }, 'sources'));
});

describe('dataset metadata schema', () => {
  const meta = {
    title: 'Trade',
    description: 'U.S. goods trade with Mexico by year.',
    sources: ['census-trade-mexico'],
    sourceUrl: 'https://www.census.gov/foreign-trade/balance/c2010.html',
    period: { column: 'year', kind: 'calendar-year' },
    unit: { kind: 'usd-millions', label: 'U.S. dollars' },
    columns: [
      { name: 'year', type: 'integer' },
      { name: 'exports', type: 'number', nonNegative: true },
    ],
    provenance: [{ publishedBy: '2025-02-05', via: 'github-copy' }],
    asOf: '2025-02',
  };
  it('accepts valid metadata and fills defaults', () => expect(datasetMetaSchema.parse(meta).flags).toEqual([]));
  it('names a period column that is not a column', () =>
    expectFieldError(datasetMetaSchema, { ...meta, period: { column: 'fy', kind: 'fiscal-year' } }, 'period.column'));
  it('requires provenance: when each value was published', () => expectFieldError(datasetMetaSchema, { ...meta, provenance: undefined }, 'provenance'));
  it('names a publication date that is not a date', () =>
    expectFieldError(datasetMetaSchema, { ...meta, provenance: [{ publishedBy: 'late 2021' }] }, 'provenance.0.publishedBy'));
  it('accepts a change of measure as a flag and no longer a press-reported flag', () => {
    expect(
      datasetMetaSchema.parse({ ...meta, flags: [{ period: '2020', kind: 'measure-change', note: 'Counts expulsions from this year.' }] }).flags[0]!.kind,
    ).toBe('measure-change');
    expectFieldError(datasetMetaSchema, { ...meta, flags: [{ period: '2020', kind: 'press-reported', note: 'Read in a newspaper.' }] }, 'flags.0.kind');
  });
  it('names a bad column type', () =>
    expectFieldError(datasetMetaSchema, { ...meta, columns: [meta.columns[0], { name: 'x', type: 'float' }] }, 'columns.1.type'));
});

describe('site schema', () => {
  const site = {
    title: 'Intermestic',
    tagline: 'A briefing',
    intro: 'Two sentences that say what the briefing is. And why.',
    vantage: '2021-10-08',
    sourceCredit: 'Wayne',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  };
  it('accepts the site settings', () => expect(siteSchema.parse(site).vantage).toBe('2021-10-08'));
  it('takes the vantage as a full date, not words', () => expectFieldError(siteSchema, { ...site, vantage: 'late 2021' }, 'vantage'));
  it('names a missing vantage', () => expectFieldError(siteSchema, { ...site, vantage: undefined }, 'vantage'));
});
