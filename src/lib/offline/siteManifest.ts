/**
 * This build's offline manifest (manifest.ts), from what the build already knows: the chapters and
 * their figures (content collections), the route helpers, the PDF list (pdfDocuments.ts, so every
 * paper size printed from a page is saved with it), and the client files Vite wrote
 * (bundleRecord.ts). Its build id hashes the same inputs plus the bundled code and the content.
 */
import { figureLinks, figuresOf } from '../content/figures';
import { contentIndex } from '../content/contentIndex';
import { chapterLang, chapterPath, getChapters, getSite } from '../content/queries';
import { pdfsAvailable, pdfsByPage } from '../print/pdfDocuments';
import { dataFileHref, LANGS, PAGES, SITE_FILES } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { bundleDigest, clientAssets } from './bundleRecord';
import { buildId } from './buildId';
import { offlineManifest, type OfflineManifest } from './manifest';

export async function siteOfflineManifest(site: URL): Promise<OfflineManifest> {
  // Without a Chromium at build time no PDFs are made, and the pages link to the print edition instead.
  const documents = pdfsAvailable() ? pdfsByPage() : [];
  const pdfsOf = (page: string) => documents.filter((d) => d.page === page).map((d) => d.file);
  const chapters = (await Promise.all(LANGS.map((lang) => getChapters(lang)))).flat();
  const manifest = offlineManifest({
    chapters: chapters.map((c) => ({
      lang: chapterLang(c),
      page: chapterPath(c),
      title: c.data.title,
      pdfs: pdfsOf(chapterPath(c)),
      figures: figuresOf(c).map((f) => ({ svg: figureLinks(f).svg, csv: dataFileHref(f.props.dataset) })),
    })),
    editions: LANGS.map((lang) => ({
      lang,
      home: PAGES.home[lang],
      glossary: PAGES.glossary[lang],
      title: t(lang, 'print.briefingTitle'),
      pdfs: pdfsOf(PAGES.print[lang]),
    })),
    assets: clientAssets(),
    shared: [SITE_FILES.favicon, SITE_FILES.runningHeads, ...LANGS.map((lang) => PAGES.offline[lang])],
    fallback: PAGES.offline,
  });
  const words = await Promise.all(LANGS.map((lang) => getSite(lang)));
  const build = buildId([site.href, bundleDigest(), JSON.stringify(contentIndex()), JSON.stringify(words), JSON.stringify(manifest)]);
  return { build, ...manifest };
}
