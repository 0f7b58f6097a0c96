/**
 * Strict CSV reading for official series. Any cell that is not what the metadata promises stops the
 * build with `file:line` and the expectation, so a bad copy of a dataset never reaches a chart.
 */
import { csvParseRows } from 'd3';
import type { ColumnSpec } from '../../schemas/dataset';

export type Cell = number | string | null;
export type Row = Record<string, Cell>;

export class CsvError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/**
 * Splits CSV text into records of raw fields (RFC 4180 quoting, by d3-dsv), with the line each
 * record starts on: a record's line counts the line breaks inside the quoted fields before it.
 * Blank lines are skipped.
 */
export function splitCsv(text: string, _file: string): { line: number; fields: string[] }[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: { line: number; fields: string[] }[] = [];
  let line = 1;
  for (const fields of csvParseRows(src)) {
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line, fields });
    line += 1 + fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
  }
  return records;
}

function readCell(raw: string, col: ColumnSpec, file: string, line: number): Cell {
  const value = raw.trim();
  if (value === '') {
    if (col.optional || col.type === 'string') return col.type === 'string' ? '' : null;
    throw new CsvError(file, line, `column "${col.name}" is empty; expected ${describe(col)}`);
  }
  switch (col.type) {
    case 'string':
      return value;
    case 'month':
      if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new CsvError(file, line, `column "${col.name}" is "${value}"; expected a month as YYYY-MM`);
      return value;
    case 'integer':
    case 'number': {
      const pattern = col.type === 'integer' ? /^-?\d+$/ : /^-?\d+(?:\.\d+)?$/;
      if (!pattern.test(value)) throw new CsvError(file, line, `column "${col.name}" is "${value}"; expected ${describe(col)}`);
      const n = Number(value);
      if (col.nonNegative && n < 0) throw new CsvError(file, line, `column "${col.name}" is ${value}; expected a count that is not negative`);
      return n;
    }
  }
}

function describe(col: ColumnSpec): string {
  const kind = col.type === 'integer' ? 'a whole number' : col.type === 'number' ? 'a number' : col.type === 'month' ? 'a month as YYYY-MM' : 'text';
  return col.nonNegative ? `${kind} (not negative)` : kind;
}

/**
 * Parses and validates a dataset CSV against its column specs: exact header, typed cells, no
 * duplicate period (per group for long-format files), at least one data row.
 */
export function parseCsv(text: string, columns: ColumnSpec[], opts: { file: string; periodColumn: string; groupColumn?: string }): Row[] {
  const { file, periodColumn, groupColumn } = opts;
  const records = splitCsv(text, file);
  if (records.length === 0) throw new CsvError(file, 1, `the file is empty; expected a header row: ${columns.map((c) => c.name).join(',')}`);
  const header = records[0]!;
  const body = records.slice(1);
  const expected = columns.map((c) => c.name);
  const got = header.fields.map((f) => f.trim());
  const missing = expected.filter((n) => !got.includes(n));
  const extra = got.filter((n) => !expected.includes(n));
  if (missing.length || extra.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}` : '',
      extra.length ? `unexpected column(s) ${extra.map((m) => `"${m}"`).join(', ')}` : '',
    ].filter(Boolean);
    throw new CsvError(file, header.line, `${parts.join('; ')}; expected header: ${expected.join(',')}`);
  }
  if (body.length === 0) throw new CsvError(file, header.line + 1, 'no data rows after the header');
  const seen = new Map<string, number>();
  return body.map(({ line, fields }) => {
    if (fields.length !== got.length) throw new CsvError(file, line, `${fields.length} fields; expected ${got.length} (${got.join(',')})`);
    const row: Row = {};
    for (const col of columns) row[col.name] = readCell(fields[got.indexOf(col.name)]!, col, file, line);
    const key = `${groupColumn ? `${row[groupColumn]} ` : ''}${row[periodColumn]}`;
    const first = seen.get(key);
    if (first !== undefined) throw new CsvError(file, line, `duplicate period ${key} (first on line ${first}); expected one row per period`);
    seen.set(key, line);
    return row;
  });
}
