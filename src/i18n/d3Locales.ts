/**
 * d3-format and d3-time-format locales for the two editions. Mexican Spanish (es-MX) groups
 * thousands with a comma and uses a decimal point, like U.S. English ("1,734,686", "1.7 millones");
 * months and days are written in lower case ("septiembre de 2021").
 */
import { formatLocale, timeFormatLocale, type FormatLocaleObject, type TimeLocaleObject } from 'd3';
import type { Lang } from './locales';

export const NUMBER_LOCALE: Record<Lang, FormatLocaleObject> = {
  en: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '−' }),
  es: formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''], minus: '−' }),
};

export const TIME_LOCALE: Record<Lang, TimeLocaleObject> = {
  en: timeFormatLocale({
    dateTime: '%x, %X',
    date: '%-m/%-d/%Y',
    time: '%-I:%M:%S %p',
    periods: ['AM', 'PM'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  }),
  es: timeFormatLocale({
    dateTime: '%A, %e de %B de %Y, %X',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['a. m.', 'p. m.'],
    days: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    shortDays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    shortMonths: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  }),
};
