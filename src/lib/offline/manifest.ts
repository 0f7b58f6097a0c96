/**
 * What "Save for offline" keeps, as a list the build writes into the service worker
 * (src/pages/sw.js.ts): for each chapter its page, its PDFs, the SVG and CSV files of its figures
 * and its edition's glossary; for each edition's whole briefing its home page, its PDF and every
 * chapter; and the files any saved page needs (hashed styles and scripts, the print running heads,
 * the icon and both offline pages). Pure: src/lib/offline/siteManifest.ts gathers the input from the
 * content collections, the route helpers, the PDF list and the client bundle.
 */
import type { Lang } from '../../i18n/locales.ts';

/** Something a reader can save: a chapter, or an edition's whole briefing. */
export interface OfflineUnit {
  /** The page it is saved from, and its key: "/trade/", "/es/comercio/", "/" for the whole English briefing. */
  id: string;
  lang: Lang;
  kind: 'chapter' | 'briefing';
  title: string;
  /** The unit's own files (site paths), its page first. */
  files: string[];
  /** Units saved and removed with it: the chapters of a whole briefing. */
  parts: string[];
}

export interface OfflineManifest {
  /** The build these files come from; saved files live in a cache named for it (cacheKeys.ts). */
  build: string;
  /** Styles and scripts whose names carry their content hash: the same name never changes content. */
  assets: string[];
  /** Other files every saved page needs: the icon, the running heads, the offline pages. */
  shared: string[];
  /** The page an unsaved address shows offline, per language. */
  fallback: Record<Lang, string>;
  units: OfflineUnit[];
}

export interface ChapterFiles {
  lang: Lang;
  /** The chapter's page, "/trade/". */
  page: string;
  title: string;
  /** PDFs printed from the page (a chapter may have more than one paper size). */
  pdfs: string[];
  /** Each figure's drawing and the data behind it. */
  figures: { svg: string; csv: string }[];
}

export interface EditionFiles {
  lang: Lang;
  home: string;
  glossary: string;
  /** The whole briefing's title, as a saved item is listed. */
  title: string;
  /** PDFs of the whole briefing. */
  pdfs: string[];
}

export interface ManifestInput {
  chapters: ChapterFiles[];
  editions: EditionFiles[];
  assets: string[];
  shared: string[];
  fallback: Record<Lang, string>;
}

const unique = (paths: string[]) => [...new Set(paths)];

/** The manifest without its build id (the id is a hash that covers this list, src/lib/offline/buildId.ts). */
export function offlineManifest(input: ManifestInput): Omit<OfflineManifest, 'build'> {
  const units: OfflineUnit[] = [];
  for (const edition of input.editions) {
    const chapters = input.chapters.filter((c) => c.lang === edition.lang);
    units.push({
      id: edition.home,
      lang: edition.lang,
      kind: 'briefing',
      title: edition.title,
      files: unique([edition.home, ...edition.pdfs]),
      parts: chapters.map((c) => c.page),
    });
    for (const c of chapters) {
      units.push({
        id: c.page,
        lang: c.lang,
        kind: 'chapter',
        title: c.title,
        files: unique([c.page, ...c.pdfs, ...c.figures.flatMap((f) => [f.svg, f.csv]), edition.glossary]),
        parts: [],
      });
    }
  }
  return { assets: unique(input.assets).sort(), shared: unique(input.shared), fallback: input.fallback, units };
}
