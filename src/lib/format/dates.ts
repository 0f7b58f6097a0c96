const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021" → "2021"; "2021-09" → "September 2021"; "2021-10-08" → "8 October 2021". Never adds precision. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A full date as "8 October 2021", read in UTC so the day never shifts with the reader's zone. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2021-10-08" for machine-readable <time datetime>. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
