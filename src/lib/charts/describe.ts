/**
 * A plain-language summary of each series, generated from the data so it cannot drift from the
 * numbers: first and last value, peak, low and the change over the period.
 */
import { formatPeriod, formatReadable, type PeriodKind, type UnitKind } from './format';
import type { Series } from './series';
import type { Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { NUMBER_LOCALE } from '../../i18n/d3Locales';

export interface SeriesFacts {
  label: string;
  first: { period: string; value: number };
  last: { period: string; value: number };
  peak: { period: string; value: number };
  low: { period: string; value: number };
  /** Percentage change from first to last; null when the first value is zero or the signs differ. */
  changePct: number | null;
}

export function seriesFacts(s: Series): SeriesFacts | null {
  const pts = s.points.filter((p): p is { period: string; value: number } => p.value !== null);
  if (!pts.length) return null;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const peak = pts.reduce((a, b) => (b.value > a.value ? b : a));
  const low = pts.reduce((a, b) => (b.value < a.value ? b : a));
  const changePct = first.value > 0 && last.value >= 0 ? ((last.value - first.value) / first.value) * 100 : null;
  return { label: s.label, first, last, peak, low, changePct };
}

export function describeSeries(series: Series[], unit: UnitKind, kind: PeriodKind, lang: Lang = 'en'): string {
  return series
    .map(seriesFacts)
    .filter((f): f is SeriesFacts => f !== null)
    .map((f) => {
      const p = (x: string) => formatPeriod(x, kind, false, lang);
      const v = (x: number) => formatReadable(x, unit, lang);
      const pct = f.changePct === null ? '' : `${f.changePct >= 0 ? '+' : '−'}${NUMBER_LOCALE[lang].format(',.0f')(Math.abs(f.changePct))}%`;
      return t(lang, 'describe.series', {
        label: f.label,
        first: v(f.first.value),
        firstPeriod: p(f.first.period),
        last: v(f.last.value),
        lastPeriod: p(f.last.period),
        change: pct ? t(lang, 'describe.change', { pct }) : '',
        peak: v(f.peak.value),
        peakPeriod: p(f.peak.period),
        low: v(f.low.value),
        lowPeriod: p(f.low.period),
      });
    })
    .join(' ');
}
