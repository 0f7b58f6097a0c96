import { describe, expect, it } from 'vitest';
import { parseCsv, splitCsv } from '../../src/lib/data/parseCsv';
import { columnSchema } from '../../src/schemas/dataset';

const columns = [
  { name: 'year', type: 'integer' },
  { name: 'exports', type: 'number', nonNegative: true },
  { name: 'note', type: 'string' },
].map((c) => columnSchema.parse(c));
const opts = { file: 'content/data/t.csv', periodColumn: 'year' };

describe('parseCsv', () => {
  it('reads typed rows, quoted commas and escaped quotes', () => {
    const rows = parseCsv('year,exports,note\n2019,256.4,"a, b"\n2020,212.5,"said ""hi"""\n', columns, opts);
    expect(rows).toEqual([
      { year: 2019, exports: 256.4, note: 'a, b' },
      { year: 2020, exports: 212.5, note: 'said "hi"' },
    ]);
  });
  it('accepts CRLF line endings and a byte-order mark', () => {
    expect(parseCsv('\uFEFFyear,exports,note\r\n2019,1,x\r\n', columns, opts)).toHaveLength(1);
  });
  it('stops on a missing column, naming it and the expected header', () => {
    expect(() => parseCsv('year,note\n2019,x\n', columns, opts)).toThrow(
      'content/data/t.csv:1: missing column(s) "exports"; expected header: year,exports,note',
    );
  });
  it('stops on text in a number cell with file:line', () => {
    expect(() => parseCsv('year,exports,note\n2019,1\n2020,n/a,x\n'.replace('2019,1\n', '2019,1,x\n'), columns, opts)).toThrow(
      'content/data/t.csv:3: column "exports" is "n/a"; expected a number (not negative)',
    );
  });
  it('stops on a duplicate year', () => {
    expect(() => parseCsv('year,exports,note\n2019,1,x\n2019,2,y\n', columns, opts)).toThrow('content/data/t.csv:3: duplicate period 2019 (first on line 2)');
  });
  it('stops on an empty file', () => {
    expect(() => parseCsv('', columns, opts)).toThrow('content/data/t.csv:1: the file is empty');
  });
  it('stops on a header with no rows', () => {
    expect(() => parseCsv('year,exports,note\n', columns, opts)).toThrow('content/data/t.csv:2: no data rows');
  });
  it('stops on a negative count', () => {
    expect(() => parseCsv('year,exports,note\n2019,-5,x\n', columns, opts)).toThrow(
      'content/data/t.csv:2: column "exports" is -5; expected a count that is not negative',
    );
  });
  it('stops on a row with too few fields', () => {
    expect(() => parseCsv('year,exports,note\n2019,5\n', columns, opts)).toThrow('content/data/t.csv:2: 2 fields; expected 3');
  });
  it('stops on an empty required number, but keeps an optional one as null', () => {
    expect(() => parseCsv('year,exports,note\n2019,,x\n', columns, opts)).toThrow('content/data/t.csv:2: column "exports" is empty');
    const optional = [columns[0]!, columnSchema.parse({ name: 'exports', type: 'number', optional: true }), columns[2]!];
    expect(parseCsv('year,exports,note\n2019,,x\n', optional, opts)[0]!.exports).toBeNull();
  });
  it('counts lines inside quoted fields', () => {
    expect(splitCsv('a,b\n"x\ny",1\n2,3\n', 'f.csv').map((r) => r.line)).toEqual([1, 2, 4]);
  });
  it('allows the same period in different groups of a long-format file', () => {
    const cols = [columns[0]!, columnSchema.parse({ name: 'partner', type: 'string' }), columns[1]!];
    const text = 'year,partner,exports\n2019,Mexico,1\n2019,Canada,2\n';
    expect(parseCsv(text, cols, { ...opts, groupColumn: 'partner' })).toHaveLength(2);
    expect(() => parseCsv(text + '2019,Mexico,3\n', cols, { ...opts, groupColumn: 'partner' })).toThrow(':4: duplicate period Mexico 2019');
  });
});
