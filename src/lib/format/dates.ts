/**
 * Every date the site writes, through Intl.DateTimeFormat in UTC (so a day never shifts with the
 * reader's time zone), in one place. Works in the browser too (citations, print date), where it
 * costs no bytes: the names of months come from the browser.
 */
import { LOCALE, type Lang } from '../../i18n/locales.ts';

/** Locale of dates written day-first ("8 October 2021", "8 de octubre de 2021"). */
const DAY_FIRST: Record<Lang, string> = { en: 'en-GB', es: 'es-MX' };
/** Locale of U.S.-style dates, for citation styles that require them ("October 8, 2021"). */
const US_STYLE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };

const cache = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
};
const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** "8 October 2021" / "8 de octubre de 2021". */
export const formatDate = (date: Date, lang: Lang = 'en') => formatter(DAY_FIRST[lang], DAY).format(date);

/** "October 8, 2021" (English citation styles) / "8 de octubre de 2021". */
export const formatUsDate = (date: Date, lang: Lang = 'en') => formatter(US_STYLE[lang], DAY).format(date);

/** "October 8" / "8 de octubre", for APA's "(2021, October 8)". */
export const formatMonthDay = (date: Date, lang: Lang = 'en') => formatter(US_STYLE[lang], { day: 'numeric', month: 'long' }).format(date);

/** A calendar month: "September 2021" / "septiembre de 2021", or short: "Sep 2021" / "sep 2021". */
export const formatMonth = (year: number, month: number, lang: Lang = 'en', short = false) =>
  formatter(short ? US_STYLE[lang] : DAY_FIRST[lang], { month: short ? 'short' : 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 1)));

/**
 * "2021" → "2021"; "2021-09" → "September 2021" / "septiembre de 2021"; "2021-10-08" →
 * "8 October 2021" / "8 de octubre de 2021". Never adds precision.
 */
export function formatPartialDate(value: string, lang: Lang = 'en'): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return formatMonth(y!, m, lang);
  return formatDate(new Date(Date.UTC(y!, m - 1, d)), lang);
}

/** "2021-10-08" for machine-readable <time datetime>. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** formatPartialDate for the start of a sentence (after "Publisher."): "Octubre de 2022" in Spanish, where months are lower case. */
export function formatPartialDateStart(value: string, lang: Lang = 'en'): string {
  return formatPartialDate(value, lang).replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(LOCALE[lang]));
}
