/**
 * From a validated dataset and a chart's spec to plain series: one value per period, with the
 * reader-facing label and any flag (provisional, preliminary…) that applies to the point.
 */
import type { DatasetMeta } from '../../schemas/dataset';
import type { Row } from '../data/parseCsv';
import { provenanceOf } from '../data/provenance';
import { publishedAfter } from '../data/vintage';

export interface Point {
  /** The period exactly as the CSV writes it ("2021", "2021-09"). */
  period: string;
  value: number | null;
  /** Status a reader should know about, if any. */
  flag?: string;
  /** First published after the briefing's vantage date. */
  later?: boolean;
  /** Id of the intermediary (press report, mirror) the value was read from, if any. */
  via?: string;
  /** Source id whose edition holds the value. */
  source?: string;
}
export interface Series {
  key: string;
  label: string;
  /** Label beside the line end; falls back to `label`. */
  shortLabel?: string;
  points: Point[];
}
export interface SeriesSpec {
  series: string[];
  groupBy?: string;
  /** Inclusive period bounds, compared as CSV strings ("2019-10"). */
  from?: string;
  to?: string;
  /** Reader-facing name of a flag kind in the page's language ("preliminar"); defaults to the kind. */
  flagLabel?: (kind: string) => string;
  /** The briefing's vantage date (YYYY-MM-DD): values first published after it are marked `later`. */
  vantage?: string;
}

const inRange = (p: string, from?: string, to?: string) => (!from || p >= from) && (!to || p <= to);

/** Periods sort as written; all period columns (year, fiscal_year, YYYY-MM) sort correctly as padded strings. */
export function buildSeries(meta: DatasetMeta, rows: Row[], spec: SeriesSpec): { periods: string[]; series: Series[] } {
  const periodCol = meta.period.column;
  const rowsIn = rows.filter((r) => inRange(String(r[periodCol]), spec.from, spec.to));
  const periods = [...new Set(rowsIn.map((r) => String(r[periodCol])))].sort();
  const flagFor = (period: string, column: string): string | undefined => {
    const rowFlag = meta.flags.find((f) => f.period === period);
    const colQualifier = meta.columns.find((c) => c.name === column)?.qualifier;
    const kind = rowFlag?.kind ?? colQualifier;
    return kind && spec.flagLabel ? spec.flagLabel(kind) : kind;
  };
  const labelOf = (column: string) => meta.columns.find((c) => c.name === column)?.label ?? column;
  const shortOf = (column: string) => meta.columns.find((c) => c.name === column)?.shortLabel;
  const toPoint = (row: Row | undefined, period: string, column: string): Point => {
    const raw = row?.[column];
    const value = typeof raw === 'number' ? raw : null;
    if (value === null) return { period, value };
    const flag = flagFor(period, column);
    const prov = provenanceOf(meta.provenance, period, column, row && meta.groupColumn ? String(row[meta.groupColumn]) : undefined);
    return {
      period,
      value,
      ...(flag ? { flag } : {}),
      ...(prov && spec.vantage && publishedAfter(prov.publishedBy, spec.vantage) ? { later: true } : {}),
      ...(prov?.via ? { via: prov.via } : {}),
      source: prov?.source ?? meta.sources[0],
    };
  };
  if (spec.groupBy) {
    const column = spec.series[0];
    if (column === undefined) throw new Error(`groupBy "${spec.groupBy}" needs a series column to split`);
    const groups = [...new Set(rowsIn.map((r) => String(r[spec.groupBy!])))];
    return {
      periods,
      series: groups.map((g) => ({
        key: `${column}:${g}`,
        label: meta.valueLabels?.[spec.groupBy!]?.[g] ?? g,
        points: periods.map((p) =>
          toPoint(
            rowsIn.find((r) => String(r[periodCol]) === p && String(r[spec.groupBy!]) === g),
            p,
            column,
          ),
        ),
      })),
    };
  }
  return {
    periods,
    series: spec.series.map((column) => ({
      key: column,
      label: labelOf(column),
      ...(shortOf(column) ? { shortLabel: shortOf(column) } : {}),
      points: periods.map((p) =>
        toPoint(
          rowsIn.find((r) => String(r[periodCol]) === p),
          p,
          column,
        ),
      ),
    })),
  };
}
