/**
 * Dates against the briefing's vantage: when a period ends, and whether a figure published on a
 * date known only to the year or month can be shown as known at the vantage. Pure string work on
 * ISO dates ("2021-10-08"), which compare correctly as strings.
 */
import type { PeriodKind } from '../charts/format';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last day a partial date can denote: "2021" → "2021-12-31", "2021-10" → "2021-10-31". */
export function latestDay(partial: string): string {
  const [y, m, d] = partial.split('-').map(Number);
  if (d) return partial;
  if (m) return `${y}-${pad(m)}-${pad(lastDayOfMonth(y!, m))}`;
  return `${y}-12-31`;
}

/**
 * True when a figure published on `published` may have appeared after `vantage` (YYYY-MM-DD). A
 * date known only to the month or year counts as after the vantage unless the whole month or year
 * lies before it: the briefing never presents as known then what it cannot show was out.
 */
export const publishedAfter = (published: string, vantage: string): boolean => latestDay(published) > vantage;

/**
 * Last day of a period as the CSV writes it: a calendar year "2021" ends 2021-12-31; U.S. fiscal
 * year "2021" ends 2021-09-30; a month "2021-09" ends 2021-09-30.
 */
export function periodEnd(period: string, kind: PeriodKind): string {
  if (kind === 'fiscal-year') return `${period}-09-30`;
  return latestDay(period);
}

/** The last period (in order) that had ended by the vantage date, or undefined if none had. */
export function lastEndedBy(periods: string[], kind: PeriodKind, vantage: string): string | undefined {
  return periods.filter((p) => periodEnd(p, kind) <= vantage).at(-1);
}
