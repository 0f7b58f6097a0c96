import { describe, expect, it } from 'vitest';
import { citations } from '../../src/lib/format/citePage';
import { t } from '../../src/i18n/ui';
import { sectionSummary } from '../../src/lib/content/sectionSummary';
import { cardSvg, wrap } from '../../src/lib/social/cardSvg';

describe('citations', () => {
  const c = citations(
    {
      title: 'Migration: a shared problem',
      url: 'https://intermestic.org/migration/#surge-2021',
      revised: new Date('2026-11-27T00:00:00Z'),
      accessed: new Date('2027-01-05T00:00:00Z'),
      key: 'migration-surge-2021',
      site: 'Intermestic',
    },
    { chicago: t('en', 'cite.chicago'), apa: t('en', 'cite.apa') },
  );
  it('Chicago carries revision date, access date and permalink', () => {
    expect(c.Chicago).toBe(
      'Intermestic. “Migration: a shared problem.” Intermestic: A Briefing on U.S.–Mexico Relations. Last modified November 27, 2026. Accessed January 5, 2027. https://intermestic.org/migration/#surge-2021.',
    );
  });
  it('APA puts the revision date after the author', () =>
    expect(c.APA).toMatch(
      /^Intermestic\. \(2026, November 27\)\. Migration: a shared problem\. .* Retrieved January 5, 2027, from https:\/\/intermestic\.org\/migration\/#surge-2021$/,
    ));
  it('BibTeX and RIS are well formed', () => {
    expect(c.BibTeX.split('\n')[0]).toBe('@online{intermestic-migration-surge-2021-2026,');
    expect(c.BibTeX).toContain('urldate = {2027-01-05}');
    expect(c.RIS.split('\n')).toEqual([
      'TY  - ELEC',
      'AU  - Intermestic',
      'TI  - Migration: a shared problem',
      'DA  - 2026/11/27',
      'Y2  - 2027/01/05',
      'UR  - https://intermestic.org/migration/#surge-2021',
      'PB  - Intermestic',
      'LA  - en',
      'ER  - ',
    ]);
  });
});

describe('section summary', () => {
  const body = [
    'Intro.',
    '',
    '## First part',
    '',
    'Opening words with a note.[^a] And a [link](/x/) with *emphasis*.',
    'Second line.',
    '',
    'Next paragraph.',
    '',
    '## Second',
    '',
    '<Chart id="x" />',
    '',
    'After the chart.',
  ].join('\n');
  it('takes the first paragraph as plain text', () =>
    expect(sectionSummary(body, 'First part')).toBe('Opening words with a note. And a link with emphasis. Second line.'));
  it('skips components before the text', () => expect(sectionSummary(body, 'Second')).toBe('After the chart.'));
  it('cuts long text at a word with an ellipsis', () => {
    const s = sectionSummary(`## A\n\n${'word '.repeat(100)}`, 'A', 30);
    expect(s.length).toBeLessThanOrEqual(31);
    expect(s.endsWith('word…')).toBe(true);
  });
  it('returns nothing for an unknown heading', () => expect(sectionSummary(body, 'Nope')).toBe(''));
});

describe('social card layout', () => {
  it('wraps words to the width and marks a cut with an ellipsis', () => {
    expect(wrap('one two three four five', 9, 5)).toEqual(['one two', 'three', 'four five']);
    expect(wrap('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
  });
  it('escapes text and sets a 1200x630 canvas', () => {
    const svg = cardSvg({ eyebrow: 'Chapter 3', title: 'Trade & <USMCA>', dek: 'A dek.', tagline: 'A briefing' });
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('Trade &amp; &lt;USMCA&gt;');
  });
  it('keeps the dek clear of the name at the foot when the title takes three lines', () => {
    const long = 'Seguridad: de la Iniciativa Mérida a un nuevo entendimiento entre dos gobiernos vecinos';
    const svg = cardSvg({
      eyebrow: 'Capítulo 5',
      title: long,
      dek: 'Cómo se deterioró la cooperación en seguridad entre México y Estados Unidos, por qué la violencia y las sobredosis la volvieron urgente.',
      tagline: 'Análisis de la relación entre México y Estados Unidos',
    });
    const baselines = [...svg.matchAll(/<text x="80" y="([\d.]+)"[^>]*font-size="32"/g)].map((m) => Number(m[1]));
    expect(baselines.length).toBeGreaterThan(0);
    expect(Math.max(...baselines)).toBeLessThanOrEqual(528);
    expect(svg).toContain('>Análisis de la relación entre México y Estados Unidos</text>');
  });
});
