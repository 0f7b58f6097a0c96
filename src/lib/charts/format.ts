/**
 * Number and period formatting for charts, tables and generated descriptions (d3-format).
 * Exact values (tables, tooltips) keep every digit the CSV has; readable values ("$1.2 trillion")
 * are for prose and axis ticks only.
 */
import { format } from 'd3';
import type { DatasetMeta } from '../../schemas/dataset';

export type UnitKind = DatasetMeta['unit']['kind'];
export type PeriodKind = DatasetMeta['period']['kind'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;

/** The CSV value with thousands separators and exactly its own decimals: 277194.6 → "277,194.6". */
export function formatExact(v: number): string {
  return format(`,.${decimalsOf(v)}f`)(v);
}

/** Exact value with its unit: "$277,194.6 million", "1,659,206", "14,699.88 lb". */
export function formatExactWithUnit(v: number, unit: UnitKind): string {
  const sign = v < 0 ? '−' : '';
  const abs = formatExact(Math.abs(v));
  if (unit === 'usd-millions') return `${sign}$${abs} million`;
  if (unit === 'pounds') return `${sign}${abs} lb`;
  return `${sign}${abs}`;
}

/** Readable magnitude: 1734686 → "1.7 million"; for USD millions 1234567 → "$1.2 trillion". */
export function formatReadable(v: number, unit: UnitKind): string {
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  const one = format('.1f');
  if (unit === 'usd-millions') {
    if (a >= 1e6) return `${sign}$${one(a / 1e6)} trillion`;
    if (a >= 1e3) return `${sign}$${one(a / 1e3)} billion`;
    return `${sign}$${one(a)} million`;
  }
  const suffix = unit === 'pounds' ? ' pounds' : '';
  if (a >= 1e6) return `${sign}${one(a / 1e6)} million${suffix}`;
  return `${sign}${format(',')(Math.round(a))}${suffix}`;
}

/** Short axis ticks: "$400B", "1.5M", "500K", "0". */
export function formatTick(v: number, unit: UnitKind): string {
  if (v === 0) return '0';
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  const trim = (n: number) => format('~r')(Number(n.toPrecision(3)));
  if (unit === 'usd-millions') return a >= 1e6 ? `${sign}$${trim(a / 1e6)}T` : a >= 1e3 ? `${sign}$${trim(a / 1e3)}B` : `${sign}$${trim(a)}M`;
  if (a >= 1e6) return `${sign}${trim(a / 1e6)}M`;
  if (a >= 1e3) return `${sign}${trim(a / 1e3)}K`;
  return `${sign}${trim(a)}`;
}

/** "FY2021", "2021", "September 2021" (or "Sep 2021" when short). */
export function formatPeriod(p: string | number, kind: PeriodKind, short = false): string {
  if (kind === 'fiscal-year') return `FY${p}`;
  if (kind === 'calendar-year') return String(p);
  const [y, m] = String(p).split('-');
  return `${(short ? MONTHS_SHORT : MONTHS)[Number(m) - 1]} ${y}`;
}

/** Unit phrase for subtitles and table headers. */
export function unitPhrase(unit: UnitKind): string {
  return unit === 'usd-millions' ? 'USD millions' : unit === 'pounds' ? 'pounds' : 'count';
}
