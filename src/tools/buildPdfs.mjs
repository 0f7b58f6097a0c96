/**
 * `npm run build:pdf`: prints the built site to PDF with Chromium (Playwright's page.pdf), after
 * `astro build`. Serves dist/ on a free loopback port with a tiny static server, then writes, for
 * each edition,
 *   dist/pdf/<chapter>.pdf                   each chapter page, and
 *   dist/pdf/intermestic-briefing.pdf        /print/, the whole briefing;
 *   dist/es/pdf/<capítulo>.pdf               each Spanish chapter, and
 *   dist/es/pdf/intermestic-informe.pdf      /es/imprimir/, the whole briefing in Spanish,
 * replacing the one-page stand-ins that `astro build` leaves there (src/pages/pdf/[file].pdf.ts).
 *
 * Both are tagged PDFs with an outline from the headings. Chapter PDFs carry their running head and
 * "Page n of N" in Chromium's header and footer templates; the briefing keeps the CSS @page margin
 * boxes instead, because a template is one for the whole document while the briefing's running head
 * changes with each chapter (a CSS named page per chapter, /print/running-heads.css). The briefing is
 * printed twice: the first pass finds the page each chapter starts on (from the PDF outline) and the
 * second prints those numbers in the contents.
 *
 * Without Chromium it says so and exits 0, leaving the stand-ins; `npm test` installs Chromium
 * first (tests/support/ensure-chromium.mjs), so CI always builds the real PDFs.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../../tests/support/chromium.mjs';
import { loadPdfjs, readPdf } from './pdfRead.mjs';
// The site's own dictionary and paths (TypeScript; npm scripts run on Node 24, which reads it as is).
import { base, BRIEFING_PDF, LANGS, PAGES } from '../i18n/locales.ts';
import { t, tParts } from '../i18n/ui.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
/** Each edition: where its pages live, where its PDFs go, its briefing PDF, its print page and its words. */
const EDITIONS = LANGS.map((lang) => ({
  prefix: base(lang),
  briefing: BRIEFING_PDF[lang],
  print: PAGES.print[lang],
  locale: t(lang, 'date.locale'),
  localeUs: t(lang, 'date.localeUs'),
  printed: t(lang, 'print.printed'),
  reviewed: t(lang, 'print.lastReviewed'),
  /** "Page {page} of {pages}" split at its placeholders. */
  folio: tParts(lang, 'print.folio'),
}));
const outDir = (edition) => path.join(DIST, edition.prefix, 'pdf');
const say = (msg) => console.log(`build:pdf: ${msg}`);

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** Serves dist/ as a static host would (directory → index.html), on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Header and footer templates: Chromium renders them outside the page, so every style is inline. */
const FONT = "font-family: 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555;";
const ROW = `${FONT} width: 100%; margin: 0 24mm; display: flex; justify-content: space-between; gap: 8mm;`;
const headerTemplate = (left, right) =>
  `<div style="${ROW} margin-top: 10mm;"><span>${esc(left)}</span><span>${esc(right)}</span></div>`;
/** The folio's words around Chromium's page-number placeholders. */
const folioHtml = (parts) => parts.map((p, i) => (i % 2 === 0 ? esc(p) : `<span class="${p === 'page' ? 'pageNumber' : 'totalPages'}"></span>`)).join('');
const footerTemplate = (left, folio) =>
  `<div style="${ROW} margin-top: 6mm;"><span>${esc(left)}</span><span style="color: #333;">${folioHtml(folio)}</span></div>`;

/** Turns off the CSS margin boxes (running heads and folios) so the templates alone draw them. */
const NO_MARGIN_BOXES = `@page { @top-left { content: none } @top-center { content: none } @top-right { content: none }
  @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }
  main { page: auto !important; }`;

/** Loads a page ready to print: fonts loaded, "Printed" date filled, links made absolute. */
async function openForPrint(context, url, edition, now) {
  const long = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  const printedOn = {
    iso: now.toISOString().slice(0, 10),
    day: now.toLocaleDateString(edition.locale, long),
    us: now.toLocaleDateString(edition.localeUs, long),
    label: edition.printed,
    print: edition.print,
  };
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(async ({ iso, day, us, label, print }) => {
    await document.fonts.ready;
    for (const el of document.querySelectorAll('time[data-printed]')) {
      el.setAttribute('datetime', iso);
      el.textContent = day;
    }
    for (const el of document.querySelectorAll('time[data-printed-us]')) {
      el.setAttribute('datetime', iso);
      el.textContent = us;
    }
    for (const el of document.querySelectorAll('[data-printed-label]')) el.textContent = label;
    // A PDF is read away from this server: every link that is not inside the document points at
    // the public site.
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const origin = document.querySelector('[data-site-origin]')?.getAttribute('data-site-origin');
    const base = canonical ? new URL(canonical) : origin ? new URL(print, origin) : null;
    if (!base) throw new Error(`${location.pathname}: no canonical link and no data-site-origin, so its links cannot point at the public site`);
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      if (href && !href.startsWith('#') && !/^[a-z]+:/i.test(href)) a.setAttribute('href', new URL(href, base).href);
    }
  }, printedOn);
  return page;
}

async function chapterPdf(context, origin, edition, slug, now) {
  const page = await openForPrint(context, `${origin}${edition.prefix}/${slug}/`, edition, now);
  await page.addStyleTag({ content: NO_MARGIN_BOXES });
  const facts = await page.evaluate(() => ({
    title: document.querySelector('article h1')?.textContent?.trim() ?? document.title,
    order: document.querySelector('.chapter-head .eyebrow')?.textContent?.replace(/\D+/g, '') ?? '',
    reviewed: document.querySelector('.print-facts time:not([data-printed])')?.textContent?.trim() ?? '',
    permalink: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
  }));
  const file = path.join(outDir(edition), `${slug}.pdf`);
  await page.pdf({
    path: `${file}.part`,
    format: 'Letter',
    outline: true,
    tagged: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(`Intermestic · ${facts.order ? `${facts.order}. ` : ''}${facts.title}`, facts.reviewed ? `${edition.reviewed} ${facts.reviewed}` : ''),
    footerTemplate: footerTemplate(facts.permalink.replace(/^https?:\/\//, ''), edition.folio),
  });
  await page.close();
  fs.renameSync(`${file}.part`, file);
  return file;
}

async function briefingPdf(context, origin, edition, now) {
  const page = await openForPrint(context, `${origin}${edition.print}`, edition, now);
  // The PDF's title (document properties, viewer title bar): the briefing's, not the web page's.
  await page.evaluate(() => {
    const title = document.querySelector('h1')?.textContent?.trim();
    const tagline = document.querySelector('.cover-tagline')?.textContent?.trim();
    if (title) document.title = tagline ? `${title}: ${tagline}` : title;
  });
  const options = { format: 'Letter', outline: true, tagged: true, printBackground: true, displayHeaderFooter: false };
  // Pass 1: where does each chapter start? The outline's chapter entries (h2) carry their pages.
  const pdfjs = await loadPdfjs();
  if (pdfjs) {
    const first = await page.pdf(options);
    const { outline } = await readPdf(first);
    const entries = await page.evaluate(() =>
      [...document.querySelectorAll('[data-toc-page]')].map((el) => ({ key: el.getAttribute('data-toc-page'), title: el.closest('a')?.querySelector('.toc-title')?.textContent?.trim() ?? '' })),
    );
    // Compared without spaces: the outline can lose the space where a heading wraps.
    const norm = (t) => t.normalize('NFC').replace(/\s+/g, '');
    const pages = Object.fromEntries(entries.map((e) => [e.key, outline.find((o) => norm(o.title) === norm(e.title))?.page ?? null]));
    const missing = entries.filter((e) => !pages[e.key]).map((e) => e.title);
    if (missing.length) say(`contents: no outline entry for ${missing.join(', ')}; those lines print without a page number`);
    await page.evaluate((map) => {
      for (const el of document.querySelectorAll('[data-toc-page]')) {
        const n = map[el.getAttribute('data-toc-page') ?? ''];
        if (n) el.textContent = String(n);
      }
    }, pages);
  } else {
    say('pdfjs-dist is not installed, so the contents print without page numbers');
  }
  const file = path.join(outDir(edition), `${edition.briefing}.pdf`);
  await page.pdf({ ...options, path: `${file}.part` });
  await page.close();
  fs.renameSync(`${file}.part`, file);
  return file;
}

async function main() {
  const started = Date.now();
  for (const edition of EDITIONS) {
    if (!fs.existsSync(path.join(DIST, edition.print, 'index.html'))) {
      console.error(`build:pdf: dist/ has no built site (no ${edition.print} page): run \`npm run build\` first`);
      process.exit(1);
    }
  }
  const executablePath = findChromium();
  if (!executablePath) {
    say(`SKIPPED: no PDFs were made. ${HOW_TO_GET_CHROMIUM}`);
    say('dist/pdf/ keeps the one-page stand-ins that `astro build` wrote; `npm test` installs Chromium and builds the real PDFs.');
    return;
  }
  // The chapters are the stand-ins `astro build` wrote that have a page of the same name.
  const chapters = EDITIONS.flatMap((edition) =>
    fs
      .readdirSync(outDir(edition))
      .filter((f) => f.endsWith('.pdf') && f !== `${edition.briefing}.pdf`)
      .map((f) => f.slice(0, -4))
      .filter((slug) => fs.existsSync(path.join(DIST, edition.prefix, slug, 'index.html')))
      .map((slug) => ({ edition, slug })),
  );
  const { chromium } = await import('playwright');
  const server = await serve(DIST);
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  const now = new Date();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The CSS @page overrides for chapter PDFs go in as a <style>, which the site's CSP would block.
    const context = await browser.newContext({ bypassCSP: true, colorScheme: 'light', reducedMotion: 'reduce' });
    // The two long briefings first, so they do not finish last on one worker.
    const jobs = [
      ...EDITIONS.map((edition) => () => briefingPdf(context, origin, edition, now)),
      ...chapters.map(({ edition, slug }) => () => chapterPdf(context, origin, edition, slug, now)),
    ];
    const made = [];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) made.push(await job());
    };
    await Promise.all([worker(), worker(), worker()]);
    for (const file of made.sort()) say(`${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
    say(`${made.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err) => {
  console.error(`build:pdf: failed: ${err?.stack ?? err}`);
  process.exit(1);
});
