import type { Source } from '../../schemas/source';
import { formatPartialDate } from './dates';

/** "Earl Anthony Wayne, “Mexico: …” (October 2021)" — the form used in footnotes. */
export function formatSourceShort(source: Source): string {
  const who = source.authors.length > 2 ? `${source.authors[0]} and others` : source.authors.join(' and ');
  const when = source.date ? ` (${formatPartialDate(source.date)})` : '';
  return `${who}, “${source.title}”${source.publisher ? `, ${source.publisher}` : ''}${when}`;
}
