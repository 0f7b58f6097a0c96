import { describe, expect, it } from 'vitest';
import { formatSourceShort, formatVia, parseCitation } from '../../src/lib/format/citeSource';
import { sourceSchema } from '../../src/schemas/source';

const cbp = sourceSchema.parse({
  id: 'cbp-drug-seizures',
  title: 'Drug Seizure Statistics',
  authors: ['U.S. Customs and Border Protection'],
  kind: 'dataset',
  via: [
    { id: 'examiner', kind: 'press', publisher: 'Washington Examiner', date: '2021-03' },
    { id: 'dcnf', kind: 'press', publisher: 'Daily Caller News Foundation', date: '2022-01' },
    { id: 'mirror', kind: 'mirror', publisher: 'GitHub, owner/repo' },
  ],
});

describe('citation markers', () => {
  it('reads an id, intermediaries and a locator', () => {
    expect(parseCitation('wayne-2021')).toEqual({ id: 'wayne-2021' });
    expect(parseCitation('cbp-drug-seizures via dcnf, examiner')).toEqual({ id: 'cbp-drug-seizures', via: ['dcnf', 'examiner'] });
    expect(parseCitation('wayne-2021, section “Trade”')).toEqual({ id: 'wayne-2021', locator: 'section “Trade”' });
    expect(parseCitation('cbp-drug-seizures direct')).toEqual({ id: 'cbp-drug-seizures', via: [] });
    expect(parseCitation('Not A Citation')).toBeNull();
  });
});

describe('citations say where a value was read', () => {
  it('names press reports and copies, never the agency alone', () => {
    expect(formatSourceShort(cbp)).toBe(
      'U.S. Customs and Border Protection, “Drug Seizure Statistics”, as reported by Washington Examiner (March 2021) and Daily Caller News Foundation (January 2022); read from a copy at GitHub, owner/repo',
    );
  });
  it('narrows to the intermediaries a citation names', () => {
    expect(formatSourceShort(cbp, 'en', { via: ['dcnf'] })).toBe(
      'U.S. Customs and Border Protection, “Drug Seizure Statistics”, as reported by Daily Caller News Foundation (January 2022)',
    );
    expect(() => formatSourceShort(cbp, 'en', { via: ['nope'] })).toThrow('source "cbp-drug-seizures" has no intermediary "nope"');
  });
  it('writes the same in Spanish', () => {
    expect(formatVia(cbp.via.slice(0, 2), 'es')).toBe('citado por Washington Examiner (marzo de 2021) y Daily Caller News Foundation (enero de 2022)');
  });
});

describe('short citations', () => {
  it('do not repeat an author who is also the publisher', () => {
    const s = sourceSchema.parse({
      id: 'x',
      title: 'Encounters',
      authors: ['U.S. Customs and Border Protection'],
      publisher: 'U.S. Customs and Border Protection',
      date: '2022-10',
      kind: 'dataset',
    });
    expect(formatSourceShort(s)).toBe('U.S. Customs and Border Protection, “Encounters” (October 2022)');
  });
});

describe('intermediary ids', () => {
  it('are unique across sources and distinct from source ids', async () => {
    const { uniqueIntermediaries } = await import('../../src/schemas/source');
    const a = sourceSchema.parse({ id: 'a', title: 'A', authors: ['X'], kind: 'dataset', via: [{ id: 'copy', kind: 'mirror', publisher: 'P' }] });
    const b = sourceSchema.parse({
      id: 'b',
      title: 'B',
      authors: ['X'],
      kind: 'dataset',
      via: [
        { id: 'copy', kind: 'mirror', publisher: 'P' },
        { id: 'a', kind: 'press', publisher: 'Q' },
      ],
    });
    expect(uniqueIntermediaries([a, b])).toEqual([
      ' (entry "b"): field "via.0.id": "copy" is already an intermediary of "a"; expected each id once',
      ' (entry "b"): field "via.1.id": "a" is also a source id; expected a distinct id',
    ]);
    expect(uniqueIntermediaries([a])).toEqual([]);
  });
});
