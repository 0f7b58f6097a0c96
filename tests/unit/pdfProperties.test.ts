import { describe, expect, it } from 'vitest';
import { keywordsField, pdfProperties } from '../../src/lib/print/pdfProperties';
import { pdfHref } from '../../src/lib/print/pdfDocuments';
import { PAPER } from '../../src/lib/print/papers';

const site = {
  title: 'Intermestic',
  sourceCredit: 'Based on “Mexico: Highest U.S. Priority” by Ambassador Earl Anthony Wayne (autumn 2021).',
  intro: 'Intermestic explains the relationship.\nSix short chapters.',
};

describe('PDF document properties (src/lib/print/pdfProperties.ts)', () => {
  it('a chapter: its title with the site, the credit, its dek, its topics, its language, the site as creator', () => {
    expect(
      pdfProperties({
        kind: 'chapter',
        lang: 'es',
        site,
        title: 'Comercio y T-MEC',
        dek: 'Un rebote  con\nnuevas reglas.',
        topics: ['Comercio', 'Medio ambiente', 'Comercio'],
        file: 'content/es/chapters/comercio.mdx',
      }),
    ).toEqual({
      title: 'Comercio y T-MEC · Intermestic',
      author: `Intermestic. ${site.sourceCredit}`,
      subject: 'Un rebote con nuevas reglas.',
      keywords: ['Comercio', 'Medio ambiente'],
      language: 'es',
      creator: 'Intermestic',
    });
  });

  it('the briefing: its own title, and the site intro as its description', () => {
    const p = pdfProperties({
      kind: 'briefing',
      lang: 'en',
      site,
      title: 'Intermestic: the whole briefing',
      topics: ['Migration', 'Trade'],
      file: 'content/chapters',
    });
    expect(p.title).toBe('Intermestic: the whole briefing');
    expect(p.subject).toBe('Intermestic explains the relationship. Six short chapters.');
    expect(p.keywords).toEqual(['Migration', 'Trade']);
    expect(p.language).toBe('en');
  });

  it('names the file and field of missing words', () => {
    const chapter = { kind: 'chapter' as const, lang: 'en' as const, site, title: 'Trade', dek: 'x', topics: ['Trade'], file: 'content/chapters/trade.mdx' };
    expect(() => pdfProperties({ ...chapter, dek: ' ' })).toThrow('content/chapters/trade.mdx: dek is empty');
    expect(() => pdfProperties({ ...chapter, topics: [] })).toThrow('content/chapters/trade.mdx: topics is empty');
    expect(() => pdfProperties({ ...chapter, lang: 'es', site: { ...site, sourceCredit: '' } })).toThrow('content/es/site.yaml: sourceCredit is empty');
    expect(() => pdfProperties({ ...chapter, site: { ...site, title: '' } })).toThrow('content/site.yaml: title is empty');
  });

  it('writes keywords separated by commas, since a topic name may have spaces', () => {
    expect(keywordsField(['Migración', 'Medio ambiente'])).toBe('Migración, Medio ambiente');
  });
});

describe('PDF addresses and papers', () => {
  it('keeps Letter at the old address and puts A4 beside it', () => {
    expect(pdfHref('en', 'trade', 'letter')).toBe('/pdf/trade.pdf');
    expect(pdfHref('en', 'trade', 'a4')).toBe('/pdf/trade-a4.pdf');
    expect(pdfHref('es', 'intermestic-informe', 'a4')).toBe('/es/pdf/intermestic-informe-a4.pdf');
  });
  it('states each paper in points as a PDF does', () => {
    const pt = (css: string) => (css.endsWith('mm') ? (parseFloat(css) / 25.4) * 72 : parseFloat(css) * 72);
    for (const paper of Object.values(PAPER)) {
      expect(pt(paper.size.width)).toBeCloseTo(paper.points.width, 1);
      expect(pt(paper.size.height)).toBeCloseTo(paper.points.height, 1);
    }
  });
});
