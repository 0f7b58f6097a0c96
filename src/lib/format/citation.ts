import type { Source } from '../../schemas/source';
import { formatPartialDate } from './dates';
import type { Lang } from '../../i18n/locales';

/** Main title and subtitle joined as the work prints them. */
export const fullTitle = (source: Pick<Source, 'title' | 'subtitle'>) => (source.subtitle ? `${source.title}: ${source.subtitle}` : source.title);

/** "Earl Anthony Wayne, “Mexico: …” (October 2021)" — the form used in footnotes. */
export function formatSourceShort(source: Source, lang: Lang = 'en'): string {
  const and = lang === 'es' ? 'y' : 'and';
  const who = source.authors.length > 2 ? `${source.authors[0]} ${lang === 'es' ? 'y otros' : 'and others'}` : source.authors.join(` ${and} `);
  const when = source.date ? ` (${formatPartialDate(source.date, lang)})` : '';
  return `${who}, “${fullTitle(source)}”${source.publisher ? `, ${source.publisher}` : ''}${when}`;
}
