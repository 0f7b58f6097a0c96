/**
 * d3-format locales for the two editions. Mexican Spanish (es-MX) groups thousands with a comma and
 * uses a decimal point, like U.S. English ("1,734,686", "1.7 millones"). Dates go through Intl
 * (src/lib/format/dates.ts).
 */
import { formatLocale, type FormatLocaleObject } from 'd3';
import type { Lang } from './locales';

export const NUMBER_LOCALE: Record<Lang, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '−' }),
  es: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '−' }),
};
