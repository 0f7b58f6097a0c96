/**
 * What `npm run build:pdf` prints: each chapter of each edition and the whole briefing, with the
 * words and dates its running heads need. The build writes this list as /pdf/manifest.json; the
 * PDF build reads it (it never lists dist/ or scrapes pages), and the link check expects exactly
 * these files. PDFs are promised only when the build found a Chromium to print them with; otherwise
 * "Download PDF" links point to the print edition instead, and the manifest says so.
 */
import { indexed } from '../content/contentIndex.ts';
import { findChromium } from '../../tools/chromium.ts';
import { base, BRIEFING_PDF, LANGS, PAGES, type Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui.ts';

export interface PdfDocument {
  lang: Lang;
  kind: 'chapter' | 'briefing';
  /** Path of the PDF under dist/ ("pdf/trade.pdf", "es/pdf/comercio.pdf"). */
  file: string;
  /** Page printed ("/trade/", "/es/imprimir/"). */
  page: string;
  title: string;
  /** Chapter number, for the running head. */
  order?: number;
  /** Last reviewed (chapters), YYYY-MM-DD. */
  reviewed?: string;
}

export interface PdfManifest {
  /** The public site, for the permalinks printed in the footers. */
  site: string;
  /** False when the build found no Chromium: no PDFs will exist and pages link to the print edition. */
  pdfs: boolean;
  documents: PdfDocument[];
}

/** The PDF file name of a document under its edition's /pdf/ folder. */
export const pdfHref = (lang: Lang, name: string) => `${PAGES.pdf[lang]}${name}.pdf`;

export function pdfDocuments(): PdfDocument[] {
  const chapters = [...indexed('chapters').map((c) => ({ c, lang: 'en' as Lang })), ...indexed('chaptersEs').map((c) => ({ c, lang: 'es' as Lang }))];
  return LANGS.flatMap((lang) => [
    { lang, kind: 'briefing' as const, file: pdfHref(lang, BRIEFING_PDF[lang]).slice(1), page: PAGES.print[lang], title: t(lang, 'print.briefingTitle') },
    ...chapters
      .filter((x) => x.lang === lang)
      .sort((a, b) => a.c.data.order - b.c.data.order)
      .map(({ c }) => ({
        lang,
        kind: 'chapter' as const,
        file: pdfHref(lang, c.id).slice(1),
        page: `${base(lang)}/${c.id}/`,
        title: c.data.title,
        order: c.data.order,
        reviewed: c.data.lastReviewed.toISOString().slice(0, 10),
      })),
  ]);
}

let available: boolean | undefined;
/** Whether this build can promise PDFs (a Chromium to print them with exists); asked once per build. */
export const pdfsAvailable = (): boolean => (available ??= findChromium() !== null);

export const pdfManifest = (site: URL): PdfManifest => ({ site: site.href, pdfs: pdfsAvailable(), documents: pdfDocuments() });
