/**
 * From a dataset and a figure's props to the chart model's input: the series in range, the
 * vantage rule's position and labels in the page's language. Chart.astro and the chart snapshot
 * tests both build their models through here, so what is tested is what is drawn.
 */
import type { Lang } from '../../i18n/locales';
import { t, type UiKey } from '../../i18n/ui';
import type { DatasetMeta } from '../../schemas/dataset';
import { lastEndedBy } from '../data/vintage';
import { formatPartialDate } from '../format/dates';
import { formatPeriod } from './format';
import type { Annotation, ChartKind, ModelInput } from './model';
import type { Row } from '../data/parseCsv';
import { buildSeries, type Point } from './series';

export interface FigureSpec {
  kind: ChartKind;
  columns: string[];
  groupBy?: string;
  from?: string;
  to?: string;
  annotations?: Annotation[];
  lang: Lang;
  /** The briefing's vantage date, YYYY-MM-DD. */
  vantage: string;
  /** Notes shown beside a value in the table, tooltip and live region. */
  notesOf?: (p: Point) => string[];
}

/** A flag kind ("provisional") as the reader sees it, in the page's language. */
export const flagLabel = (lang: Lang, flag: string) => t(lang, `flag.${flag}` as UiKey);

export function figureInput(meta: DatasetMeta, rows: Row[], spec: FigureSpec): ModelInput {
  const { kind, columns, groupBy, from, to, annotations, lang, vantage, notesOf } = spec;
  const { periods, series } = buildSeries(meta, rows, { series: columns, groupBy, from, to, flagLabel: (flag) => flagLabel(lang, flag), vantage });
  return {
    kind,
    periods,
    series,
    unit: meta.unit.kind,
    periodKind: meta.period.kind,
    annotations,
    lang,
    notesOf,
    vantage: {
      after: lastEndedBy(periods, meta.period.kind, vantage) ?? null,
      label: t(lang, 'chart.vantage', { date: formatPartialDate(vantage, lang) }),
      shortLabel: t(lang, 'chart.vantageShort', { date: formatPeriod(vantage.slice(0, 7), 'month', true, lang) }),
    },
  };
}
