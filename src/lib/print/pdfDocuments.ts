/**
 * What `npm run build:pdf` prints: each chapter of each edition and the whole briefing, each on
 * Letter and on A4 (src/lib/print/papers.ts), with the words and dates its running heads need and its
 * document properties (src/lib/print/pdfProperties.ts). The build writes this list as
 * /pdf/manifest.json; the PDF build reads it (it never lists dist/ or scrapes pages), and the link
 * check expects exactly these files. PDFs are promised only when the build found a Chromium to print
 * them with; otherwise the PDF links point to the print edition instead, and the manifest says so.
 */
import { indexed } from '../content/contentIndex.ts';
import { findChromium } from '../../tools/chromium.ts';
import { base, BRIEFING_PDF, LANGS, PAGES, type Lang } from '../../i18n/locales.ts';
import { TOPIC_NAMES } from '../../i18n/taxonomy.ts';
import { t } from '../../i18n/ui.ts';
import { TOPICS } from '../../schemas/taxonomy.ts';
import { PAPER, PAPERS, type Paper } from './papers.ts';
import { pdfProperties, type PdfProperties, type SiteWords } from './pdfProperties.ts';

export interface PdfDocument {
  lang: Lang;
  kind: 'chapter' | 'briefing';
  paper: Paper;
  /** Path of the PDF under dist/ ("pdf/trade.pdf", "pdf/trade-a4.pdf", "es/pdf/comercio.pdf"). */
  file: string;
  /** Page printed ("/trade/", "/es/imprimir/"). */
  page: string;
  title: string;
  /** Chapter number, for the running head. */
  order?: number;
  /** Last reviewed (chapters), YYYY-MM-DD. */
  reviewed?: string;
  /** Title, author, subject, keywords, language and creator, written into the PDF. */
  properties: PdfProperties;
}

export interface PdfManifest {
  /** The public site, for the permalinks printed in the footers. */
  site: string;
  /** False when the build found no Chromium: no PDFs will exist and pages link to the print edition. */
  pdfs: boolean;
  documents: PdfDocument[];
}

/** A PDF's address: its edition's /pdf/ folder, the document's name, the paper's suffix ("/pdf/trade-a4.pdf"). */
export const pdfHref = (lang: Lang, name: string, paper: Paper) => `${PAGES.pdf[lang]}${name}${PAPER[paper].suffix}.pdf`;

/** What each edition prints, before paper and properties: the briefing, then the chapters in order. */
function printed() {
  const chapters = [...indexed('chapters').map((c) => ({ c, lang: 'en' as Lang })), ...indexed('chaptersEs').map((c) => ({ c, lang: 'es' as Lang }))];
  return LANGS.flatMap((lang) => {
    const own = chapters.filter((x) => x.lang === lang).sort((a, b) => a.c.data.order - b.c.data.order);
    return [
      { lang, kind: 'briefing' as const, name: BRIEFING_PDF[lang], page: PAGES.print[lang], chapters: own.map((x) => x.c) },
      ...own.map(({ c }) => ({ lang, kind: 'chapter' as const, name: c.id, page: `${base(lang)}/${c.id}/`, chapter: c })),
    ];
  });
}

/** Every PDF the build promises, as site paths ("/pdf/trade.pdf", "/pdf/trade-a4.pdf", …), for the link check. */
export const pdfFiles = (): string[] => pdfsByPage().map((d) => d.file);

/** Every PDF with the page it is printed from (every paper), for what a saved chapter keeps offline. */
export const pdfsByPage = (): { page: string; file: string }[] =>
  printed().flatMap((d) => PAPERS.map((paper) => ({ page: d.page, file: pdfHref(d.lang, d.name, paper) })));

/** The documents, with the site's words of each edition (content/site.yaml and content/es/site.yaml) for their properties. */
export function pdfDocuments(sites: Record<Lang, SiteWords>): PdfDocument[] {
  return printed().flatMap((d) => {
    const site = sites[d.lang];
    const names = (topics: readonly string[]) => TOPICS.filter((k) => topics.includes(k)).map((k) => TOPIC_NAMES[d.lang][k]);
    const doc =
      d.kind === 'briefing'
        ? {
            title: t(d.lang, 'print.briefingTitle'),
            properties: pdfProperties({
              kind: 'briefing',
              lang: d.lang,
              site,
              title: t(d.lang, 'print.briefingTitle'),
              topics: names(d.chapters.flatMap((c) => c.data.topics)),
              file: d.lang === 'en' ? 'content/chapters' : 'content/es/chapters',
            }),
          }
        : {
            title: d.chapter.data.title,
            order: d.chapter.data.order,
            reviewed: d.chapter.data.lastReviewed.toISOString().slice(0, 10),
            properties: pdfProperties({
              kind: 'chapter',
              lang: d.lang,
              site,
              title: d.chapter.data.title,
              dek: d.chapter.data.dek,
              topics: names(d.chapter.data.topics),
              file: d.chapter.file,
            }),
          };
    return PAPERS.map((paper) => ({ lang: d.lang, kind: d.kind, paper, file: pdfHref(d.lang, d.name, paper).slice(1), page: d.page, ...doc }));
  });
}

let available: boolean | undefined;
/** Whether this build can promise PDFs (a Chromium to print them with exists); asked once per build. */
export const pdfsAvailable = (): boolean => (available ??= findChromium() !== null);

export const pdfManifest = (site: URL, sites: Record<Lang, SiteWords>): PdfManifest => ({
  site: site.href,
  pdfs: pdfsAvailable(),
  documents: pdfDocuments(sites),
});
