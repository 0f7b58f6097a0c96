/**
 * How a cited work is written in running text: footnotes, chart source lines and glossary entries
 * all call these, so a source reads the same everywhere and a value read in the press always says so.
 */
import type { Intermediary, Source } from '../../schemas/source';
import { formatPartialDate } from './dates';
import { LOCALE, type Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';

/** Main title and subtitle joined as the work prints them. */
export const fullTitle = (source: Pick<Source, 'title' | 'subtitle'>) => (source.subtitle ? `${source.title}: ${source.subtitle}` : source.title);

/** One list formatter per language: building one costs more than formatting with it, and every citation lists. */
const LISTS = new Map<Lang, Intl.ListFormat>();
/** "A, B and C" / "A, B y C". */
export const listOf = (items: string[], lang: Lang) => {
  let list = LISTS.get(lang);
  if (!list) LISTS.set(lang, (list = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' })));
  return list.format(items);
};

/**
 * What the `[@…]` marker in a footnote asks for: `[@id]` (naming every intermediary the source was
 * read through, the safe default), `[@id via a, b]` (only those), `[@id direct]` (read in the
 * publisher's own copy: none), and `[@id, locator]` for a place in the work.
 */
export interface CitationRef {
  id: string;
  /** Intermediaries to name; default: all of the source's; [] for the publisher's own copy. */
  via?: string[];
  /** Where in the work, e.g. `section "Trade: Rebounding, But Much to Do"`. */
  locator?: string;
}

/** Matches a citation marker; group 1 is its inside. */
export const CITATION_MARKER = /\[@([^\]]+)\]/g;

/** Reads the inside of a `[@…]` marker; null when it is not of the citation form. */
export function parseCitation(inside: string): CitationRef | null {
  const m = inside.match(/^([a-z0-9-]+)(?:\s+(direct|via\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)))?(?:\s*,\s*(.+))?$/);
  if (!m) return null;
  const via = m[2] === 'direct' ? [] : m[3]?.split(/\s*,\s*/);
  return { id: m[1]!, ...(via ? { via } : {}), ...(m[4] ? { locator: m[4].trim() } : {}) };
}

const intermediaryShort = (v: Intermediary, lang: Lang) => (v.date ? `${v.publisher} (${formatPartialDate(v.date, lang)})` : v.publisher);

/**
 * "as reported by Washington Examiner (2021) and CNN (February 2025); read from a copy at GitHub
 * repository …" — empty when the values were read from the publisher's own copy.
 */
export function formatVia(via: Intermediary[], lang: Lang): string {
  const press = via.filter((v) => v.kind === 'press').map((v) => intermediaryShort(v, lang));
  const mirror = via.filter((v) => v.kind === 'mirror').map((v) => intermediaryShort(v, lang));
  return [
    press.length ? t(lang, 'cite.asReportedBy', { list: listOf(press, lang) }) : '',
    mirror.length ? t(lang, 'cite.copyAt', { list: listOf(mirror, lang) }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The intermediaries a citation names: the ones it lists, or all of the source's. Throws on an unknown id. */
export function viaOf(source: Source, ids?: string[]): Intermediary[] {
  if (!ids) return source.via;
  return ids.map((id) => {
    const v = source.via.find((x) => x.id === id);
    if (!v) throw new Error(`source "${source.id}" has no intermediary "${id}" (its via ids: ${source.via.map((x) => x.id).join(', ') || 'none'})`);
    return v;
  });
}

/** "Earl Anthony Wayne, “Mexico: …” (October 2021)", plus where values were read and the locator. */
export function formatSourceShort(source: Source, lang: Lang = 'en', ref: Omit<CitationRef, 'id'> = {}): string {
  const who = source.authors.length > 2 ? t(lang, 'cite.etAl', { first: source.authors[0]! }) : listOf(source.authors, lang);
  const when = source.date ? ` (${formatPartialDate(source.date, lang)})` : '';
  const via = formatVia(viaOf(source, ref.via), lang);
  const publisher = source.publisher && !source.authors.includes(source.publisher) ? `, ${source.publisher}` : '';
  return `${who}, “${fullTitle(source)}”${publisher}${when}${ref.locator ? `, ${ref.locator}` : ''}${via ? `, ${via}` : ''}`;
}
