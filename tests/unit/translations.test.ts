/**
 * The cross-collection checks, on small hand-made indexes: every reference resolves and the Spanish
 * edition mirrors the English one, each problem naming the file, entry and field.
 */
import { describe, expect, it } from 'vitest';
import { checkReferences, checkTranslations } from '../../src/lib/content/checks';
import type { ContentIndex } from '../../src/lib/content/contentIndex';

const section = (id: string) => ({ id, heading: id, topics: ['trade' as const], pillars: [] });
const chapter = (id: string, sections: string[], extra = {}) => ({
  id,
  file: `content/chapters/${id}.mdx`,
  data: {
    title: id,
    dek: 'A dek long enough to pass.',
    order: 1,
    lastReviewed: new Date(),
    topics: ['trade' as const],
    pillars: [],
    takeaways: ['a', 'b', 'c'],
    sources: ['wayne-2021'],
    sections: sections.map(section),
    revisions: [],
    ...extra,
  },
});
const chapterEs = (id: string, of: string, keys: string[]) => ({
  id,
  file: `content/es/chapters/${id}.mdx`,
  data: { ...chapter(id, keys).data, translationOf: of, sections: keys.map((k) => ({ ...section(`es-${k}`), key: k })) },
});
const source = (id: string, extra = {}) => ({
  id,
  file: 'content/sources.yaml',
  data: { id, title: id, authors: ['A'], kind: 'report' as const, via: [], ...extra },
});

function index(overrides: Partial<ContentIndex> = {}): ContentIndex {
  return {
    chapters: [chapter('trade', ['tie', 'disputes'])],
    chaptersEs: [chapterEs('comercio', 'trade', ['tie', 'disputes'])],
    sources: [source('wayne-2021')],
    sourcesEs: [],
    glossary: [
      {
        id: 'usmca',
        file: 'content/glossary/usmca.yaml',
        data: { term: 'USMCA', match: ['USMCA'], definition: 'The trade agreement.', chapters: ['trade'], sources: ['wayne-2021'] },
      },
    ],
    glossaryEs: [{ id: 'usmca', file: 'content/es/glossary/usmca.yaml', data: { term: 'T-MEC', match: ['T-MEC'], definition: 'El tratado comercial.' } }],
    timeline: [
      {
        id: 'nafta-in-force',
        file: 'content/timeline.yaml',
        data: { id: 'nafta-in-force', date: '1994-01-01', title: 'NAFTA', description: 'It enters into force.', chapters: ['trade'], sources: ['wayne-2021'] },
      },
    ],
    timelineEs: [{ id: 'nafta-in-force', file: 'content/es/timeline.yaml', data: { title: 'TLCAN', description: 'Entra en vigor.' } }],
    datasets: [],
    datasetsEs: [],
    ...overrides,
  } as ContentIndex;
}

describe('references', () => {
  it('accept a consistent index', () => expect(checkReferences(index())).toEqual([]));
  it('name an unknown source and an unknown chapter with file, entry and field', () => {
    const problems = checkReferences(
      index({ timeline: [{ ...index().timeline[0]!, data: { ...index().timeline[0]!.data, chapters: ['nowhere'], sources: ['nobody'] } }] }),
    );
    expect(problems).toContain(
      'content/timeline.yaml (entry "nafta-in-force"): field "sources.0": unknown source id "nobody"; expected an id from content/sources.yaml',
    );
    expect(problems).toContain(
      'content/timeline.yaml (entry "nafta-in-force"): field "chapters.0": unknown chapter "nowhere"; expected a chapter slug (trade)',
    );
  });
  it('name a dataset intermediary its source does not have', () => {
    const meta = { sources: ['wayne-2021'], provenance: [{ publishedBy: '2021', via: 'some-paper' }] };
    const problems = checkReferences(index({ datasets: [{ id: 'd', file: 'content/data/d.yaml', data: { meta } }] as never }));
    expect(problems).toEqual([
      'content/data/d.yaml: field "provenance.0.via": "some-paper" is not an intermediary of source "wayne-2021"; expected one of its via ids in content/sources.yaml (it has none)',
    ]);
  });
});

describe('translation pairing', () => {
  it('finds every English file paired with its Spanish twin', () => expect(checkTranslations(index())).toEqual([]));
  it('names the English chapter whose translation is missing', () =>
    expect(checkTranslations(index({ chaptersEs: [] }))).toContain(
      'content/chapters/trade.mdx has no Spanish translation: expected a file in content/es/chapters/ with translationOf: trade',
    ));
  it('names a Spanish chapter whose sections do not map to the English ones', () =>
    expect(checkTranslations(index({ chaptersEs: [chapterEs('comercio', 'trade', ['tie', 'fights'])] }))).toEqual([
      'content/es/chapters/comercio.mdx: field "sections" keys are [tie, fights]; expected the English sections of content/chapters/trade.mdx in order: [tie, disputes]',
    ]));
  it('names a glossary term and a timeline event without Spanish', () => {
    const problems = checkTranslations(
      index({ glossaryEs: [], timelineEs: [{ id: 'nafta-enters', file: 'content/es/timeline.yaml', data: { title: 'x', description: 'y y y y y y' } }] }),
    );
    expect(problems).toContain('content/glossary/usmca.yaml has no Spanish twin: expected content/es/glossary/usmca.yaml');
    expect(problems).toContain('content/es/timeline.yaml: no entry "nafta-in-force"; expected one for each entry of content/timeline.yaml');
    expect(problems).toContain('content/es/timeline.yaml: entry "nafta-enters" matches nothing in content/timeline.yaml');
  });
  it('names a source note or intermediary note left in English only', () => {
    const noted = source('cbp', { note: 'A note.', via: [{ id: 'paper', kind: 'press', publisher: 'P', note: 'Read here.' }] });
    expect(checkTranslations(index({ sources: [source('wayne-2021'), noted] }))).toContain(
      'content/es/sources.yaml: no entry "cbp"; expected one for each entry of content/sources.yaml',
    );
    expect(
      checkTranslations(
        index({ sources: [source('wayne-2021'), noted], sourcesEs: [{ id: 'cbp', file: 'content/es/sources.yaml', data: { note: 'Una nota.', via: {} } }] }),
      ),
    ).toEqual(['content/es/sources.yaml (entry "cbp"): field "via.paper": missing; expected the Spanish of the note of intermediary "paper"']);
  });
});
