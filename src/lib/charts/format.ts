/**
 * Number and period formatting for charts, tables and generated descriptions (d3-format).
 * Exact values (tables, tooltips) keep every digit the CSV has; readable values ("$1.2 trillion")
 * are for prose and axis ticks only. Mexican Spanish (es-MX) groups thousands with a comma and uses
 * a decimal point, like U.S. English; the words around the numbers come from the dictionary (fmt.*).
 */
import type { DatasetMeta } from '../../schemas/dataset';
import type { Lang } from '../../i18n/locales';
import { NUMBER_LOCALE } from '../../i18n/d3Locales';
import { formatMonth } from '../format/dates';
import { t } from '../../i18n/ui';
import type { ValueTemplates } from './tipText';

export type UnitKind = DatasetMeta['unit']['kind'];
export type PeriodKind = DatasetMeta['period']['kind'];

/** d3 formatters by language and specifier: d3 parses the specifier each time it makes one, and tables format thousands of values. */
const FORMATTERS = new Map<string, (n: number) => string>();
const format = (spec: string, lang: Lang = 'en') => {
  const key = `${lang} ${spec}`;
  let f = FORMATTERS.get(key);
  if (!f) FORMATTERS.set(key, (f = NUMBER_LOCALE[lang].format(spec)));
  return f;
};

/** The international avoirdupois pound, exactly. */
const KG_PER_LB = 0.45359237;
/** Whole kilograms, for the editions that give a weight in both units. */
const kilograms = (lb: number, lang: Lang) => format(',', lang)(Math.round(lb * KG_PER_LB));

const decimalsOf = (v: number) => (String(v).split('.')[1] ?? '').length;

/** The CSV value with thousands separators and exactly its own decimals: 277194.6 → "277,194.6". */
export function formatExact(v: number, lang: Lang = 'en'): string {
  return format(`,.${decimalsOf(v)}f`, lang)(v);
}

/** Exact value with its unit: "$277,194.6 million" ("US$277,194.6 millones"), "1,659,206", "14,699.88 lb". */
export function formatExactWithUnit(v: number, unit: UnitKind, lang: Lang = 'en'): string {
  const vars = { sign: v < 0 ? '−' : '', n: formatExact(Math.abs(v), lang), kg: kilograms(Math.abs(v), lang) };
  if (unit === 'usd-millions') return t(lang, 'fmt.usdExact', vars);
  if (unit === 'pounds') return t(lang, 'fmt.lbExact', vars);
  return `${vars.sign}${vars.n}`;
}

/** A table cell: the exact value, with kilograms beside pounds where the edition gives both ("2,801 (1,271 kg)"). */
export function formatTableValue(v: number, unit: UnitKind, lang: Lang = 'en'): string {
  return unit === 'pounds' ? t(lang, 'fmt.lbTable', { n: formatExact(v, lang), kg: kilograms(v, lang) }) : formatExact(v, lang);
}

/** How a table cell and a tooltip write a value of this unit, as templates for tipText (tipText.ts). */
export function valueTemplates(unit: UnitKind, lang: Lang = 'en'): ValueTemplates {
  if (unit === 'usd-millions') return { cell: '{n}', tip: t(lang, 'fmt.usdExact') };
  if (unit === 'pounds') return { cell: t(lang, 'fmt.lbTable'), tip: t(lang, 'fmt.lbExact') };
  return { cell: '{n}', tip: '{sign}{n}' };
}

/**
 * Readable magnitude: 1734686 → "1.7 million" / "1.7 millones"; for USD millions 1234567 →
 * "$1.2 trillion" / "$1.2 billones" (a Spanish billón is a million million).
 */
export function formatReadable(v: number, unit: UnitKind, lang: Lang = 'en'): string {
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  const one = format('.1f', lang);
  if (unit === 'usd-millions') {
    if (a >= 1e6) return t(lang, 'fmt.usdTrillions', { sign, n: one(a / 1e6) });
    if (a >= 1e3) return t(lang, 'fmt.usdBillions', { sign, n: one(a / 1e3) });
    return t(lang, 'fmt.usdMillions', { sign, n: one(a) });
  }
  if (unit === 'pounds')
    return a >= 1e6
      ? t(lang, 'fmt.lbMillions', { sign, n: one(a / 1e6), kgMillions: one((a * KG_PER_LB) / 1e6) })
      : t(lang, 'fmt.lbUnits', { sign, n: format(',', lang)(Math.round(a)), kg: kilograms(a, lang) });
  if (a >= 1e6) return t(lang, 'fmt.countMillions', { sign, n: one(a / 1e6) });
  return `${sign}${format(',', lang)(Math.round(a))}`;
}

/** Short axis ticks: "$400B", "1.5M", "500K", "0"; in Spanish "400 mmd", "1.5 millones", "500 mil" (see src/i18n/es.ts on money). */
export function formatTick(v: number, unit: UnitKind, lang: Lang = 'en'): string {
  if (v === 0) return '0';
  const sign = v < 0 ? '−' : '';
  const a = Math.abs(v);
  const trim = (n: number) => format('~r', lang)(Number(n.toPrecision(3)));
  if (unit === 'usd-millions') {
    if (a >= 1e6) return t(lang, 'fmt.tickUsdTrillions', { sign, n: trim(a / 1e6), billions: format(',', lang)(Number((a / 1e3).toPrecision(4))) });
    if (a >= 1e3) return t(lang, 'fmt.tickUsdBillions', { sign, n: trim(a / 1e3) });
    return t(lang, 'fmt.tickUsdMillions', { sign, n: trim(a) });
  }
  if (a === 1e6) return t(lang, 'fmt.tickMillion', { sign });
  if (a >= 1e6) return t(lang, 'fmt.tickMillions', { sign, n: trim(a / 1e6) });
  if (a >= 1e3) return t(lang, unit === 'pounds' ? 'fmt.tickLbThousands' : 'fmt.tickThousands', { sign, n: trim(a / 1e3) });
  return `${sign}${trim(a)}`;
}

/** "FY2021" / "AF2021", "2021", "September 2021" / "septiembre de 2021" (or "Sep 2021" / "sep 2021" when short). */
export function formatPeriod(p: string | number, kind: PeriodKind, short = false, lang: Lang = 'en'): string {
  if (kind === 'fiscal-year') return t(lang, 'fmt.fiscalYear', { year: p });
  if (kind === 'calendar-year') return String(p);
  const [y, m] = String(p).split('-').map(Number);
  return formatMonth(y!, m!, lang, short);
}

/** Unit phrase for subtitles and table headers. */
export const unitPhrase = (unit: UnitKind, lang: Lang = 'en'): string => t(lang, `unit.${unit}`);
