/**
 * `npm run build:pdf`: prints the built site to PDF with Chromium (Playwright's page.pdf), after
 * `astro build`. It prints exactly what the build listed in dist/pdf/manifest.json
 * (src/lib/print/pdfDocuments.ts): each chapter of each edition, and each edition's whole briefing,
 * each on Letter and on A4. A page is loaded once and printed on every paper it is listed for.
 * It reads no page to learn what to print; the pages only supply the text being printed.
 *
 * The text is set in the print faces (src/styles/print-fonts.css), which only print media loads:
 * each page waits for them, and the build fails if one does not load. Both kinds are tagged PDFs with
 * an outline from the headings. Chapter PDFs carry their running head and "Page n of N" in Chromium's
 * header and footer templates, set in the print sans through fontconfig (src/tools/templateFonts.ts);
 * the briefing keeps the CSS @page margin boxes instead, because a template is one for the whole
 * document while the briefing's running head changes with each chapter (a CSS named page per
 * chapter, /print/running-heads.css). The briefing is printed twice per paper: the first pass finds
 * the page each chapter starts on (from the PDF outline) and the second prints those numbers in the
 * contents. Every file then gets its document properties from the manifest (src/tools/finishPdf.ts).
 *
 * When the build promised PDFs, every one must be written or this fails (the link check let those
 * links through on that promise). When the build had no Chromium, the pages link to the print
 * edition instead and there is nothing to print; this says so and exits 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.ts';
import { loadPdfjs, readPdf } from './pdfRead.ts';
import { finishPdf } from './finishPdf.ts';
import { serve } from './serve.ts';
import { templateFonts } from './templateFonts.ts';
import type { PdfDocument, PdfManifest } from '../lib/print/pdfDocuments.ts';
import { PAPER } from '../lib/print/papers.ts';
import { formatDate, formatUsDate } from '../lib/format/dates.ts';
import { LANGS, PAGES, type Lang } from '../i18n/locales.ts';
import { t, tParts } from '../i18n/ui.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const MANIFEST = path.join(DIST, 'pdf', 'manifest.json');
const say = (msg: string) => console.log(`build:pdf: ${msg}`);

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Header and footer templates: Chromium renders them outside the page, so every style is inline; the
 * font family is the page's --print-sans, found as an installed font (src/tools/templateFonts.ts).
 */
const row = (family: string) =>
  `font-family: ${esc(family)}; font-size: 7.5pt; color: #555; width: 100%; margin: 0 24mm; display: flex; justify-content: space-between; gap: 8mm;`;
const headerTemplate = (family: string, left: string, right: string) =>
  `<div style="${row(family)} margin-top: 10mm;"><span>${esc(left)}</span><span>${esc(right)}</span></div>`;
/** The folio's words ("Page {page} of {pages}") around Chromium's page-number placeholders. */
const folioHtml = (lang: Lang) =>
  tParts(lang, 'print.folio')
    .map((p, i) => (i % 2 === 0 ? esc(p) : `<span class="${p === 'page' ? 'pageNumber' : 'totalPages'}"></span>`))
    .join('');
const footerTemplate = (family: string, left: string, lang: Lang) =>
  `<div style="${row(family)} margin-top: 6mm;"><span>${esc(left)}</span><span style="color: #333;">${folioHtml(lang)}</span></div>`;

/** Turns off the CSS margin boxes (running heads and folios) so the templates alone draw them. */
const NO_MARGIN_BOXES = `@page { @top-left { content: none } @top-center { content: none } @top-right { content: none }
  @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }
  main { page: auto !important; }`;

/** Loads a page ready to print: print fonts loaded, "Printed" date filled, links made absolute. */
async function openForPrint(context: BrowserContext, origin: string, doc: PdfDocument, now: Date): Promise<Page> {
  const lang = doc.lang;
  const printedOn = {
    iso: now.toISOString().slice(0, 10),
    day: formatDate(now, lang),
    us: formatUsDate(now, lang),
    label: t(lang, 'print.printed'),
    print: PAGES.print[lang],
  };
  const page = await context.newPage();
  // Print media from the start: the page is laid out once, as printed, and asks only for the print faces.
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${origin}${doc.page}`, { waitUntil: 'load' });
  await page.evaluate(async ({ iso, day, us, label, print }) => {
    // Lay the page out so that it asks for the faces it uses, then wait for them.
    void document.body.offsetHeight;
    await document.fonts.ready;
    const failed = [...document.fonts].filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight} ${f.style}`);
    if (failed.length) throw new Error(`${location.pathname}: print fonts did not load: ${failed.join(', ')}`);
    for (const el of document.querySelectorAll('time[data-printed]')) {
      el.setAttribute('datetime', iso);
      el.textContent = day;
    }
    for (const el of document.querySelectorAll('time[data-printed-us]')) {
      el.setAttribute('datetime', iso);
      el.textContent = us;
    }
    for (const el of document.querySelectorAll('[data-printed-label]')) el.textContent = label;
    // A PDF is read away from this server: every link that is not inside the document points at the public site.
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const siteOrigin = document.querySelector('[data-site-origin]')?.getAttribute('data-site-origin');
    const base = canonical ? new URL(canonical) : siteOrigin ? new URL(print, siteOrigin) : null;
    if (!base) throw new Error(`${location.pathname}: no canonical link and no data-site-origin, so its links cannot point at the public site`);
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (href && !href.startsWith('#') && !/^[a-z]+:/i.test(href)) a.setAttribute('href', new URL(href, base).href);
    }
  }, printedOn);
  return page;
}

/** The page's print sans (--print-sans, src/styles/print-fonts.css), for the header and footer templates. */
const printSans = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-sans').trim() || 'sans-serif');

/** A chapter on one paper. The page is open for print, with NO_MARGIN_BOXES added. */
async function chapterPdf(page: Page, doc: PdfDocument, site: string, family: string): Promise<Uint8Array> {
  const permalink = new URL(doc.page, site).href.replace(/^https?:\/\//, '');
  const reviewed = doc.reviewed ? `${t(doc.lang, 'print.lastReviewed')} ${formatDate(new Date(doc.reviewed), doc.lang)}` : '';
  return page.pdf({
    ...PAPER[doc.paper].size,
    outline: true,
    tagged: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(family, `Intermestic · ${doc.order ? `${doc.order}. ` : ''}${doc.title}`, reviewed),
    footerTemplate: footerTemplate(family, permalink, doc.lang),
  });
}

/**
 * The briefing's first pass is read only for its outline, which Chromium builds from the headings it
 * tags. So that pass paints the headings alone: `visibility` leaves every box where it was, so the
 * pages break exactly as in the second pass, while the text, tables and some thirty charts are not
 * drawn, tagged and embedded twice. (The finished PDFs are pixel for pixel what a first pass painted
 * in full gave.)
 */
const HEADINGS_ONLY = `body * { visibility: hidden !important; }
  :is(h1, h2, h3, h4, h5, h6), :is(h1, h2, h3, h4, h5, h6) * { visibility: visible !important; }`;

/** The briefing on one paper: a first pass to find each chapter's page, then the contents filled in. */
async function briefingPdf(page: Page, doc: PdfDocument): Promise<Uint8Array> {
  const options = { ...PAPER[doc.paper].size, outline: true, tagged: true, printBackground: true, displayHeaderFooter: false };
  // Pass 1: where does each chapter start? The outline's chapter entries (h2) carry their pages.
  if (await loadPdfjs()) {
    const unpainted = await page.addStyleTag({ content: HEADINGS_ONLY });
    const firstPass = await page.pdf(options);
    await unpainted.evaluate((el) => (el as Element).remove());
    const { outline } = await readPdf(firstPass, { pages: false });
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('[data-toc-page]')].map((el) => ({
        key: el.getAttribute('data-toc-page') ?? '',
        title: el.closest('a')?.querySelector('.toc-title')?.textContent?.trim() ?? '',
      })),
    );
    // Compared without spaces: the outline can lose the space where a heading wraps.
    const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
    const pages = Object.fromEntries(entries.map((e) => [e.key, outline.find((o) => norm(o.title) === norm(e.title))?.page ?? null]));
    const missing = entries.filter((e) => !pages[e.key]).map((e) => e.title);
    if (missing.length) say(`${doc.file}: contents: no outline entry for ${missing.join(', ')}; those lines print without a page number`);
    await page.evaluate((map) => {
      for (const el of document.querySelectorAll('[data-toc-page]')) {
        const n = map[el.getAttribute('data-toc-page') ?? ''];
        el.textContent = n ? String(n) : '';
      }
    }, pages);
  } else {
    say('pdfjs-dist is not installed, so the contents print without page numbers');
  }
  return page.pdf(options);
}

/** Prints one page on each paper listed for it, writes each file with its document properties. */
async function printPage(context: BrowserContext, origin: string, docs: PdfDocument[], site: string, now: Date): Promise<string[]> {
  const first = docs[0]!;
  const page = await openForPrint(context, origin, first, now);
  try {
    if (first.kind === 'chapter') await page.addStyleTag({ content: NO_MARGIN_BOXES });
    const family = await printSans(page);
    const written: string[] = [];
    for (const doc of docs) {
      const pdf = doc.kind === 'briefing' ? await briefingPdf(page, doc) : await chapterPdf(page, doc, site, family);
      const file = path.join(DIST, doc.file);
      fs.writeFileSync(`${file}.part`, await finishPdf(pdf, doc.properties));
      fs.renameSync(`${file}.part`, file);
      written.push(file);
    }
    return written;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!fs.existsSync(MANIFEST)) {
    console.error('build:pdf: dist/ has no built site (no pdf/manifest.json): run `npm run build` first');
    process.exit(1);
  }
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as PdfManifest;
  if (!manifest.pdfs) {
    say('SKIPPED: this build was made without Chromium, so its pages link to the print edition instead of PDFs.');
    say(`To make PDFs, get a Chromium and build again. ${HOW_TO_GET_CHROMIUM}`);
    return;
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`build:pdf: the build promised PDFs but no Chromium is found now. ${HOW_TO_GET_CHROMIUM}`);
    process.exit(1);
  }
  const { site } = manifest;
  const { chromium } = await import('playwright');
  const { server, origin } = await serve(DIST);
  const now = new Date();
  const fonts = templateFonts(path.join(DIST, '_astro'));
  if (!fonts.files.length) say('no print fonts in dist/_astro/ for the header and footer templates; they use a system sans');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...fonts.env } as Record<string, string> });
  try {
    // The CSS @page overrides for chapter PDFs go in as a <style>, which the site's CSP would block.
    const context = await browser.newContext({ bypassCSP: true, colorScheme: 'light', reducedMotion: 'reduce' });
    for (const lang of LANGS) fs.mkdirSync(path.join(DIST, PAGES.pdf[lang]), { recursive: true });
    // One job per page printed, for all its papers; the two long briefings first, so they do not finish last on one worker.
    const byPage = new Map<string, PdfDocument[]>();
    for (const doc of manifest.documents) byPage.set(doc.page, [...(byPage.get(doc.page) ?? []), doc]);
    const jobs = [...byPage.values()]
      .sort((a, b) => (a[0]!.kind === b[0]!.kind ? 0 : a[0]!.kind === 'briefing' ? -1 : 1))
      .map((docs) => () => printPage(context, origin, docs, site, now));
    const made: string[] = [];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) made.push(...(await job()));
    };
    await Promise.all([worker(), worker(), worker()]);
    for (const file of made.sort()) say(`${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
    // Written by this run, on its paper: a file left from an earlier build does not count.
    const missing = manifest.documents.filter((d) => !made.includes(path.join(DIST, d.file)));
    if (missing.length) throw new Error(`the build links to PDFs that were not written: ${missing.map((d) => d.file).join(', ')}`);
    say(`${made.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    server.close();
    fonts.cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(`build:pdf: failed: ${(err as Error)?.stack ?? err}`);
  process.exit(1);
});
