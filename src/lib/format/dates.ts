import type { Lang } from '../../i18n/locales';

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * "2021" → "2021"; "2021-09" → "September 2021" / "septiembre de 2021"; "2021-10-08" →
 * "8 October 2021" / "8 de octubre de 2021". Never adds precision.
 */
export function formatPartialDate(value: string, lang: Lang = 'en'): string {
  const [y, m, d] = value.split('-');
  if (!m) return y;
  const month = MONTHS[lang][Number(m) - 1];
  if (lang === 'es') return d ? `${Number(d)} de ${month} de ${y}` : `${month} de ${y}`;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A full date as "8 October 2021" / "8 de octubre de 2021", read in UTC so the day never shifts. */
export function formatDate(date: Date, lang: Lang = 'en'): string {
  return formatPartialDate(isoDate(date), lang);
}

/** "2021-10-08" for machine-readable <time datetime>. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
