/**
 * A PDF's document properties (the Info dictionary and the catalog's /Lang): what a PDF viewer
 * shows under File › Properties, what a library catalogue or search engine indexes, and what a screen
 * reader announces the document's language as. Chromium's page.pdf writes only the title (from
 * <title>) and names itself as the creator; the PDF build (src/tools/pdfInfo.ts) sets these
 * instead. Everything comes from the content: the site's title and credit (content/site.yaml and its
 * Spanish twin), a chapter's title, dek and topics; the briefing's description is the site's intro.
 */
import type { Lang } from '../../i18n/locales';

export interface PdfProperties {
  title: string;
  /** Who the document is by: the site and its credit for the article the briefing rests on. */
  author: string;
  /** A chapter's dek; the briefing's description. */
  subject: string;
  /** Topic names in the edition's language. */
  keywords: string[];
  /** The edition's language, as its pages' <html lang>. */
  language: Lang;
  /** The application that made the document: the site, not the browser that printed it. */
  creator: string;
}

export interface SiteWords {
  /** The site's name (content/site.yaml `title`). */
  title: string;
  /** content/site.yaml `sourceCredit`, in the edition's language. */
  sourceCredit: string;
  /** content/site.yaml `intro`, in the edition's language. */
  intro: string;
}

export type PropertiesInput =
  | { kind: 'chapter'; lang: Lang; site: SiteWords; title: string; dek: string; topics: string[]; file: string }
  | { kind: 'briefing'; lang: Lang; site: SiteWords; title: string; topics: string[]; file: string };

const required = (value: string, what: string, file: string): string => {
  const v = value.replace(/\s+/g, ' ').trim();
  if (!v) throw new Error(`${file}: ${what} is empty; a PDF's document properties need it`);
  return v;
};

/** The document properties of a chapter or of the whole briefing. `file` names the content file in errors. */
export function pdfProperties(input: PropertiesInput): PdfProperties {
  const { site, file } = input;
  const name = required(site.title, 'title', 'content/site.yaml');
  const credit = required(site.sourceCredit, 'sourceCredit', input.lang === 'en' ? 'content/site.yaml' : 'content/es/site.yaml');
  const title = required(input.title, 'title', file);
  const keywords = [...new Set(input.topics.map((k) => k.trim()).filter(Boolean))];
  if (keywords.length === 0) throw new Error(`${file}: topics is empty; a PDF's keywords come from it`);
  return {
    title: input.kind === 'chapter' ? `${title} · ${name}` : title,
    author: `${name}. ${credit}`,
    subject:
      input.kind === 'chapter'
        ? required(input.dek, 'dek', file)
        : required(site.intro, 'intro', input.lang === 'en' ? 'content/site.yaml' : 'content/es/site.yaml'),
    keywords,
    language: input.lang,
    creator: name,
  };
}

/**
 * The Keywords entry as one string: topic names separated by commas, since a name may have spaces
 * ("Medio ambiente") and readers split a space-separated list at every word.
 */
export const keywordsField = (keywords: readonly string[]) => keywords.join(', ');
