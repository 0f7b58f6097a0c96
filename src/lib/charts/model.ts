/**
 * Chart geometry, computed at build time: scales, ticks, paths, bars, labels and the hover columns
 * the island uses. Pure: (series, size) in, numbers and strings out, so it is unit-tested without a
 * browser and the SVG template only prints it.
 */
import { line, max, min, scaleBand, scaleLinear, scaleUtc, stack } from 'd3';
import type { Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { formatExactWithUnit, formatPeriod, formatTick, type PeriodKind, type UnitKind } from './format';
import type { Point, Series } from './series';

import type { Annotation, ChartKind } from '../../schemas/chart';
export type { Annotation, ChartKind };

export interface ModelInput {
  kind: ChartKind;
  periods: string[];
  series: Series[];
  unit: UnitKind;
  periodKind: PeriodKind;
  annotations?: Annotation[];
  /** Language of tick labels and hover text (default English). */
  lang?: Lang;
  /**
   * The briefing's vantage: `after` is the last period that had ended by the vantage date (null when
   * none had). A rule is drawn after it when the chart runs past it, labelled `label` (wide) or
   * `shortLabel` (narrow).
   */
  vantage?: { after: string | null; label: string; shortLabel: string };
  /** What a reader must know about a value besides the number (flag, publication, intermediary). */
  notesOf?: (point: Point) => string[];
}

export interface Size {
  width: number;
  height: number;
  /** Narrow layout: fewer ticks, no end labels (the legend names the series). */
  narrow: boolean;
}

export interface Tick {
  pos: number;
  label: string;
}
export interface PlotPoint {
  x: number;
  y: number;
  period: string;
  value: number;
  flag?: string;
  later?: boolean;
}
/** `d` joins the segments between values known at the vantage; `dLater` those touching a later value. */
export interface LineGeom {
  key: string;
  index: number;
  d: string;
  dLater: string;
  points: PlotPoint[];
}
export interface BarGeom {
  key: string;
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  period: string;
  value: number;
  flag?: string;
  later?: boolean;
}
export interface VantageGeom {
  x: number;
  label: string;
  labelY: number;
  anchor: 'start' | 'end';
}
export interface Label {
  key: string;
  index: number;
  x: number;
  y: number;
  text: string;
}
export interface AnnotationGeom {
  x: number;
  labelY: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}
export interface HoverColumn {
  period: string;
  heading: string;
  x: number;
  items: { key: string; label: string; text: string; y: number | null; notes?: string[] }[];
  total?: string;
}

export interface ChartModel {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: Tick[];
  yTicks: Tick[];
  zeroY: number;
  lines: LineGeom[];
  bars: BarGeom[];
  labels: Label[];
  annotations: AnnotationGeom[];
  vantage?: VantageGeom;
  columns: HoverColumn[];
}

const FONT = 12;
const LABEL_GAP = FONT + 3;

function periodDate(p: string): Date {
  const [y, m] = p.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, 1));
}

/**
 * Splits a line into runs of segments known at the vantage and runs touching a later value, each
 * drawn as its own path; a missing value breaks the line as before.
 */
export function splitRuns(pts: (PlotPoint | null)[]): { known: PlotPoint[][]; later: PlotPoint[][] } {
  const known: PlotPoint[][] = [];
  const later: PlotPoint[][] = [];
  let run: PlotPoint[] = [];
  let runLater: boolean | null = null;
  const close = () => {
    if (run.length > 1) (runLater ? later : known).push(run);
    run = [];
    runLater = null;
  };
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i];
    const b = pts[i + 1];
    if (!a || !b) {
      close();
      continue;
    }
    const isLater = Boolean(a.later || b.later);
    if (runLater !== null && runLater !== isLater) close();
    if (!run.length) run.push(a);
    run.push(b);
    runLater = isLater;
  }
  close();
  return { known, later };
}

/** Moves labels apart vertically so none overlap, keeping them as close as possible to their lines. */
export function spreadLabels<T extends { y: number }>(labels: T[], minGap: number, top: number, bottom: number): T[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.y - sorted[i - 1]!.y < minGap) sorted[i]!.y = sorted[i - 1]!.y + minGap;
  const overflow = sorted.length ? sorted[sorted.length - 1]!.y - bottom : 0;
  if (overflow > 0) for (const l of sorted) l.y -= overflow;
  for (let i = 0; i < sorted.length; i++) sorted[i]!.y = Math.max(sorted[i]!.y, top + i * minGap);
  return sorted;
}

/** Every nth item so that at most `count` remain, always keeping the last. */
export function thin<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = Math.ceil(items.length / count);
  return items.filter((_, i) => (items.length - 1 - i) % step === 0);
}

export function chartModel(input: ModelInput, size: Size): ChartModel {
  const { kind, periods, series, unit, periodKind, annotations = [], lang = 'en', notesOf = () => [] } = input;
  if (!periods.length) throw new Error('chart has no data in the requested period range');
  const endLabels = kind === 'line' && !size.narrow && series.length > 1;
  // The vantage rule is drawn only when the chart runs past the last period ended by the vantage date.
  const vantage = input.vantage && input.vantage.after !== periods[periods.length - 1] ? input.vantage : undefined;
  if (vantage?.after && !periods.includes(vantage.after)) throw new Error(`vantage period "${vantage.after}" is not one of the chart's periods`);
  const annotationLanes = annotations.length ? (size.narrow ? 22 : 34) : 0;
  const vantageLabelY = annotationLanes + 12;
  const margin = { top: vantage ? vantageLabelY + 8 : annotations.length ? 34 : 14, right: endLabels ? 84 : 16, bottom: 28, left: size.narrow ? 44 : 56 };
  const innerH = size.height - margin.top - margin.bottom;

  // y domain: stacked bars sum their components; otherwise span every value, always including 0.
  const values = series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null));
  const totals = periods.map((_, i) => series.reduce((sum, s) => sum + (s.points[i]?.value ?? 0), 0));
  const yMax = kind === 'stacked-bar' ? max(totals)! : (max(values) ?? 0);
  const yMin = Math.min(0, min(values) ?? 0);
  const y = scaleLinear()
    .domain([yMin, yMax])
    .nice(size.narrow ? 4 : 5)
    .range([margin.top + innerH, margin.top]);
  const yTicks = y.ticks(size.narrow ? 4 : 5).map((v) => ({ pos: y(v), label: formatTick(v, unit, lang) }));
  // Room for the longest tick label ("2.5 millones" is wider than "2.5M"): about 0.6 em a character, plus the gap to the axis.
  margin.left = Math.max(margin.left, Math.ceil(Math.max(...yTicks.map((t) => t.label.length)) * FONT * 0.6) + 8);
  const innerW = size.width - margin.left - margin.right;

  let xOf: (p: string) => number;
  let xTicks: Tick[];
  let bandW = 0;
  const tickCount = size.narrow ? 4 : 8;
  if (kind === 'line') {
    if (periodKind === 'month') {
      const x = scaleUtc()
        .domain([periodDate(periods[0]!), periodDate(periods[periods.length - 1]!)])
        .range([margin.left, margin.left + innerW]);
      xOf = (p) => x(periodDate(p));
      xTicks = thin(
        periods.filter((p) => /-(01|07)$/.test(p) || periods.length < 13),
        tickCount,
      ).map((p) => ({ pos: xOf(p), label: formatPeriod(p, 'month', true, lang) }));
    } else {
      const x = scaleLinear()
        .domain([Number(periods[0]), Number(periods[periods.length - 1])])
        .range([margin.left, margin.left + innerW]);
      xOf = (p) => x(Number(p));
      xTicks = x
        .ticks(tickCount)
        .filter(Number.isInteger)
        .map((v) => ({ pos: x(v), label: String(v) }));
    }
  } else {
    const x = scaleBand<string>()
      .domain(periods)
      .range([margin.left, margin.left + innerW])
      .paddingInner(periods.length > 30 ? 0.15 : 0.25)
      .paddingOuter(0.1);
    bandW = x.bandwidth();
    xOf = (p) => x(p)! + bandW / 2;
    xTicks = thin(periods, size.narrow ? 4 : 9).map((p) => ({ pos: xOf(p), label: periodKind === 'month' ? formatPeriod(p, 'month', true, lang) : p }));
  }

  const lines: LineGeom[] = [];
  const bars: BarGeom[] = [];
  if (kind === 'line') {
    // A tenth of a unit is finer than any screen or printer resolves at these sizes (viewBox ≤ 640 wide);
    // d3's default of full precision wrote three decimals, a third of each path's bytes.
    const path = line<PlotPoint>()
      .x((p) => p.x)
      .y((p) => p.y)
      .digits(1);
    series.forEach((s, index) => {
      const pts = s.points.map((p) =>
        p.value === null
          ? null
          : { x: xOf(p.period), y: y(p.value), period: p.period, value: p.value, ...(p.flag ? { flag: p.flag } : {}), ...(p.later ? { later: true } : {}) },
      );
      const runs = splitRuns(pts);
      lines.push({
        key: s.key,
        index,
        d: runs.known.map((r) => path(r)).join(''),
        dLater: runs.later.map((r) => path(r)).join(''),
        points: pts.filter((p): p is PlotPoint => p !== null),
      });
    });
  } else if (kind === 'bar') {
    series.forEach((s, index) =>
      s.points.forEach((p) => {
        if (p.value === null) return;
        const top = y(Math.max(0, p.value));
        bars.push({
          key: s.key,
          index,
          x: xOf(p.period) - bandW / 2,
          y: top,
          w: bandW,
          h: Math.abs(y(p.value) - y(0)),
          period: p.period,
          value: p.value,
          ...(p.flag ? { flag: p.flag } : {}),
          ...(p.later ? { later: true } : {}),
        });
      }),
    );
  } else {
    const table = periods.map((period, i) => Object.fromEntries([['period', period], ...series.map((s) => [s.key, s.points[i]?.value ?? 0])]));
    const layers = stack<Record<string, string | number>>().keys(series.map((s) => s.key))(table);
    layers.forEach((layer, index) =>
      layer.forEach((seg, i) => {
        const s = series[index]!;
        const period = periods[i]!;
        const point = s.points[i];
        if (!point || point.value === null) return;
        bars.push({
          key: s.key,
          index,
          x: xOf(period) - bandW / 2,
          y: y(seg[1]),
          w: bandW,
          h: y(seg[0]) - y(seg[1]),
          period,
          value: point.value,
          ...(point.later ? { later: true } : {}),
        });
      }),
    );
  }

  const labels: Label[] = endLabels
    ? spreadLabels(
        lines
          .filter((l) => l.points.length)
          .map((l) => {
            const last = l.points[l.points.length - 1]!;
            const s = series[l.index]!;
            return { key: l.key, index: l.index, x: last.x + 8, y: last.y + FONT / 3, text: s.shortLabel ?? s.label };
          }),
        LABEL_GAP,
        margin.top + FONT,
        margin.top + innerH,
      )
    : [];

  const periodSet = new Set(periods);
  const annotationGeoms: AnnotationGeom[] = annotations.map((a, i) => {
    if (!periodSet.has(a.at)) throw new Error(`annotation at "${a.at}" is outside the chart's periods (${periods[0]}–${periods[periods.length - 1]})`);
    const x = xOf(a.at);
    // Narrow charts have no room for words: numbered markers, keyed in a list under the chart.
    if (size.narrow) return { x, labelY: 14, label: String(i + 1), anchor: 'middle' };
    return { x, labelY: i % 2 === 0 ? 12 : 26, label: a.label, anchor: x > margin.left + innerW * 0.6 ? 'end' : 'start' };
  });

  let vantageGeom: VantageGeom | undefined;
  if (vantage) {
    const next = vantage.after === null ? undefined : periods[periods.indexOf(vantage.after) + 1];
    const x = vantage.after === null ? margin.left : (xOf(vantage.after) + xOf(next!)) / 2;
    vantageGeom = {
      x,
      label: size.narrow ? vantage.shortLabel : vantage.label,
      labelY: vantageLabelY,
      anchor: x > margin.left + innerW * 0.55 ? 'end' : 'start',
    };
  }

  const columns: HoverColumn[] = periods.map((period, i) => {
    const items = series.map((s, index) => {
      const p: Point = s.points[i] ?? { period, value: null };
      const yPos = p.value === null ? null : kind === 'stacked-bar' ? (bars.find((b) => b.index === index && b.period === period)?.y ?? null) : y(p.value);
      const notes = p.value === null ? [] : notesOf(p);
      return {
        key: s.key,
        label: s.label,
        text: p.value === null ? t(lang, 'chart.noValue') : formatExactWithUnit(p.value, unit, lang),
        y: yPos,
        ...(notes.length ? { notes } : {}),
      };
    });
    return {
      period,
      heading: formatPeriod(period, periodKind, false, lang),
      x: xOf(period),
      items,
      ...(kind === 'stacked-bar' ? { total: formatExactWithUnit(totals[i]!, unit, lang) } : {}),
    };
  });

  return {
    width: size.width,
    height: size.height,
    margin,
    xTicks,
    yTicks,
    zeroY: y(0),
    lines,
    bars,
    labels,
    annotations: annotationGeoms,
    ...(vantageGeom ? { vantage: vantageGeom } : {}),
    columns,
  };
}
