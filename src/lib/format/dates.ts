import type { Lang } from '../../i18n/locales';
import { TIME_LOCALE } from '../../i18n/d3Locales';

const DATE_FORMAT = {
  en: { month: TIME_LOCALE.en.utcFormat('%B %Y'), day: TIME_LOCALE.en.utcFormat('%-d %B %Y') },
  es: { month: TIME_LOCALE.es.utcFormat('%B de %Y'), day: TIME_LOCALE.es.utcFormat('%-d de %B de %Y') },
};

/**
 * "2021" → "2021"; "2021-09" → "September 2021" / "septiembre de 2021"; "2021-10-08" →
 * "8 October 2021" / "8 de octubre de 2021". Never adds precision.
 */
export function formatPartialDate(value: string, lang: Lang = 'en'): string {
  const [y, m, d] = value.split('-');
  if (!m) return y;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return DATE_FORMAT[lang][d ? 'day' : 'month'](date);
}

/** A full date as "8 October 2021" / "8 de octubre de 2021", read in UTC so the day never shifts. */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  return formatPartialDate(isoDate(date), lang);
}

/** "2021-10-08" for machine-readable <time datetime>. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
