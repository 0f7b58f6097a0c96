/**
 * Everything a figure shows, computed once from its `<Chart>` props and the loaded collections: the
 * two chart models, the description, the subtitle, the sources it cites and the notes beside each
 * value. Chart.astro renders it on the page; the figure endpoints (SVG and PNG downloads, share
 * cards) draw the same figure from the same data.
 */
import type { Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import type { ChartSpec } from '../../schemas/chart';
import { getDataset, getSite, getSourcesById } from '../content/queries';
import { formatPartialDate } from '../format/dates';
import { formatSourceShort, formatVia } from '../format/citeSource';
import { describeSeries } from './describe';
import { figureInput } from './figureInput';
import type { FigureText } from './figureSvg';
import { formatPeriod } from './format';
import { chartModel } from './model';
import type { Point } from './series';

export const WIDE = { width: 640, height: 380, narrow: false } as const;
export const NARROW = { width: 360, height: 300, narrow: true } as const;

/**
 * During a build each figure is asked for by its chapter page, embed page, share page, SVG, PNG and
 * card: it is computed once per props and language. Only in a production build, where content cannot
 * change underneath; the dev server and tests compute it every time.
 */
const built = import.meta.env?.PROD ? new Map<string, ReturnType<typeof computeFigureData>>() : undefined;

export function figureData(props: ChartSpec, lang: Lang): ReturnType<typeof computeFigureData> {
  if (!built) return computeFigureData(props, lang);
  const key = `${lang}\0${JSON.stringify(props)}`;
  let data = built.get(key);
  if (!data) built.set(key, (data = computeFigureData(props, lang)));
  return data;
}

async function computeFigureData(props: ChartSpec, lang: Lang) {
  const { id, dataset: datasetId, kind, groupBy, from, to, annotations, series: columns } = props;
  const dataset = await getDataset(datasetId, lang);
  if (!dataset) throw new Error(`Chart "${id}": dataset "${datasetId}" does not exist under content/data`);
  const { meta, rows, sha256 } = dataset;
  const { vantage } = await getSite(lang);
  const vantageDay = formatPartialDate(vantage, lang);
  const sources = await getSourcesById(lang);
  const intermediary = (p: Point) => (p.via ? sources.get(p.source!)?.via.find((v) => v.id === p.via) : undefined);
  /** Beside each value, wherever it is shown (table, tooltip, live region): flag, late publication, press report. */
  const notesOf = (p: Point): string[] => {
    const via = intermediary(p);
    return [p.flag, p.later ? t(lang, 'chart.laterNote', { date: vantageDay }) : undefined, via?.kind === 'press' ? formatVia([via], lang) : undefined].filter(
      (n): n is string => Boolean(n),
    );
  };
  const input = figureInput(meta, rows, { kind, columns, groupBy, from, to, annotations, lang, vantage, notesOf });
  const { periods, series } = input;
  let wide, narrow;
  try {
    wide = chartModel(input, WIDE);
    narrow = chartModel(input, NARROW);
  } catch (err) {
    throw new Error(`Chart "${id}" (dataset "${datasetId}"): ${(err as Error).message}`, { cause: err });
  }
  const points = series.flatMap((s) => s.points.filter((p) => p.value !== null));
  const laterPeriods = periods.filter((p) => series.some((s) => s.points.find((x) => x.period === p)?.later));
  const period = (p: string) => formatPeriod(p, meta.period.kind, false, lang);
  const range = (ps: string[]) => (ps.length === 1 ? period(ps[0]!) : t(lang, 'fmt.range', { first: period(ps[0]!), last: period(ps.at(-1)!) }));
  // Which values came later, series by series when they differ (a definitive count published late beside a preliminary one published in time).
  const laterBySeries = series.map((s) => ({ label: s.label, periods: s.points.filter((p) => p.later).map((p) => p.period) })).filter((s) => s.periods.length);
  const sameSpan = laterBySeries.every((s) => s.periods.join() === laterBySeries[0]!.periods.join());
  const laterList = !laterBySeries.length
    ? ''
    : sameSpan
      ? range(laterBySeries[0]!.periods)
      : laterBySeries.map((s) => `${s.label}, ${range(s.periods)}`).join('; ');
  const description = [
    describeSeries(series, meta.unit.kind, meta.period.kind, lang),
    laterList ? t(lang, 'chart.laterSentence', { list: laterList, date: vantageDay }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  /** Each source (edition) the plotted values come from, with the intermediaries they were read from. */
  const cited = [...new Set(points.map((p) => p.source!))].map((sid) => {
    const via = [...new Set(points.filter((p) => p.source === sid && p.via).map((p) => p.via!))];
    return { id: sid, text: formatSourceShort(sources.get(sid)!, lang, { via }) };
  });
  const span = t(lang, meta.period.kind === 'fiscal-year' ? 'chart.spanFiscalYears' : meta.period.kind === 'month' ? 'chart.spanMonths' : 'chart.spanYears', {
    first: period(periods[0]!),
    last: period(periods.at(-1)!),
  });
  const subtitle = `${meta.unit.label.charAt(0).toUpperCase() + meta.unit.label.slice(1)}${meta.unit.kind === 'usd-millions' ? t(lang, 'chart.millionsNote') : ''}; ${span}`;
  return {
    meta,
    rows,
    sha256,
    vantageDay,
    notesOf,
    periods,
    series,
    wide,
    narrow,
    points,
    laterPeriods,
    showsVantage: Boolean(wide.vantage) || laterPeriods.length > 0,
    description,
    cited,
    subtitle,
  };
}

export type FigureData = Awaited<ReturnType<typeof figureData>>;

/** The words drawn into a figure's SVG and PNG files, in the figure's language. */
export function figureText(props: ChartSpec, data: FigureData, lang: Lang, number: string, link: string): FigureText {
  return {
    label: t(lang, 'chart.figure', { n: number }),
    title: props.title,
    subtitle: data.subtitle,
    keys: data.series.length > 1 ? data.series.map((s) => s.label) : [],
    vantageKey: data.wide.vantage ? t(lang, 'chart.vantage', { date: data.vantageDay }) : undefined,
    laterKey: data.laterPeriods.length ? t(lang, 'chart.laterKey', { date: data.vantageDay }) : undefined,
    source: `${t(lang, 'chart.source')} ${data.cited.map((c) => c.text).join('; ')}.`,
    footer: `${t(lang, 'chart.asOf', { date: formatPartialDate(data.meta.asOf, lang) })} ${data.sha256.slice(0, 8)} · ${link}`,
  };
}
