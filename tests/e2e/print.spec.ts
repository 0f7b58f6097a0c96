/**
 * Paper and PDF. In print media a chapter shows only the document (no navigation or controls),
 * every chart fits the printable width of A4 and Letter, and its caption and chart, which never split,
 * take under 40 % of a page; the print faces load only for print, from the site; the PDF is offered
 * on Letter and on A4 in both editions; /print/ is one valid document; and the
 * PDFs that `npm run build:pdf` wrote are real documents: an outline entry per h2, the chapter's
 * title, headings, chart titles and source lines and footnotes in the text, no navigation text, a
 * page count in the stated range and working internal links. Each chapter test first renders a
 * page of the PDF to PNG and attaches it, so a failure leaves a picture to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chapters, chartsIn, ROOT } from '../support/site';
import { BRIEFING_PDF, chapterPdf, readPdf, renderPageToPng, squash } from '../support/pdf';

/** Page counts the current content prints to, with room to grow: a chapter 3–12 Letter pages, the briefing 25–70. */
const CHAPTER_PAGES = { min: 3, max: 12 };
const BRIEFING_PAGES = { min: 25, max: 70 };

/** Printable width in CSS px (96 per inch) with print.css's 24 mm side margins. */
const mmToPx = (mm: number) => Math.floor((mm / 25.4) * 96);
const PAPER = [
  { name: 'A4', width: mmToPx(210 - 48), height: mmToPx(297 - 44) },
  { name: 'Letter', width: mmToPx(215.9 - 48), height: mmToPx(279.4 - 44) },
];

/** Words from the site's chrome that must never reach paper. */
const NAVIGATION_TEXT = [
  'Skip to content',
  'Contents',
  'In this chapter',
  'Previous chapter',
  'Next chapter',
  'Share chapter',
  'Copy link',
  'Download PDF',
  'PDF (Letter)',
  'PDF (A4)',
  'Cite a section',
  'Download SVG',
  'Download PNG',
  'Download CSV',
];

const all = chapters();

async function printView(page: Page, url: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(url);
}

for (const c of all) {
  test(`${c.slug}: in print media only the document shows, with its print header and endnotes`, async ({ page }) => {
    await printView(page, `/${c.slug}/`, PAPER[0]!);
    for (const selector of [
      '.site-header',
      '.site-footer',
      '.skip-link',
      '.breadcrumb',
      '.sidebar',
      'nav.toc',
      '.toc-mobile',
      '.pager',
      '.cite-this',
      '.chapter-actions',
      '.print-actions',
      '.chart-controls',
      '.tooltip',
      '.heading-controls',
      '[data-share]',
      '[data-copy-link]',
      '.data-footnote-backref',
    ]) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
      expect(shown, `${selector} is hidden in print`).toBe(0);
    }
    // No control a reader could click: the only buttons left are the charts' legend keys.
    const buttons = await page
      .locator('button:visible')
      .evaluateAll((bs) => bs.filter((b) => !b.classList.contains('legend-item')).map((b) => b.textContent?.trim()));
    expect(buttons).toEqual([]);
    await expect(page.getByText('Skip to content')).toBeHidden();
    // What paper needs: the header block (title, permalink, dates), footnotes, endnotes, citation.
    const header = page.locator('.print-header');
    await expect(header).toBeVisible();
    await expect(header).toContainText(c.title);
    await expect(header).toContainText(`https://`);
    await expect(header).toContainText(`/${c.slug}/`);
    await expect(header).toContainText('Last reviewed');
    await expect(header).toContainText(/Built|Printed/);
    await expect(page.locator('section.footnotes')).toBeVisible();
    await expect(page.locator('.print-citation')).toBeVisible();
    await expect(page.locator('.print-citation')).toContainText(`/${c.slug}/`);
    // Every numbered link has its endnote, and the endnote gives the same address.
    const numbered = await page
      .locator('.prose a[data-endnote]')
      .evaluateAll((as) => as.map((a) => ({ n: a.getAttribute('data-endnote')!, href: (a as HTMLAnchorElement).href })));
    const notes = await page
      .locator('.link-endnotes ol > li')
      .evaluateAll((lis) => lis.map((li) => ({ n: li.getAttribute('value')!, url: li.querySelector('a')!.getAttribute('href')! })));
    for (const { n } of numbered)
      expect(
        notes.map((e) => e.n),
        `endnote ${n}`,
      ).toContain(n);
    expect(new Set(notes.map((e) => e.url)).size, 'each address is listed once').toBe(notes.length);
    // Links to sources carry no number: the source is listed in full under "Sources cited".
    await expect(page.locator('.prose a.citation[data-endnote]')).toHaveCount(0);
    expect(await page.locator('.link-endnotes .sources-cited > li').count()).toBeGreaterThanOrEqual(c.sources.length);
  });

  test(`${c.slug}: on screen the print-only parts are hidden and the PDF on Letter and A4, and Print, are offered`, async ({ page }) => {
    await page.goto(`/${c.slug}/`);
    await expect(page.locator('.print-only:visible')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Download PDF' })).toBeVisible();
    const downloads = page.locator('.print-actions a[href$=".pdf"]');
    await expect(downloads).toHaveText(['PDF (Letter)', 'PDF (A4)']);
    for (const [i, href] of [`/pdf/${c.slug}.pdf`, `/pdf/${c.slug}-a4.pdf`].entries()) {
      await expect(downloads.nth(i)).toBeVisible();
      await expect(downloads.nth(i)).toHaveAttribute('href', href);
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
    }
    // Print is a link to the print edition in the HTML (so it is there, the same size, without
    // JavaScript); the script makes it call window.print().
    const print = page.locator('.print-actions a[data-print]');
    await expect(print).toBeVisible();
    await expect(print).toHaveAttribute('href', `/print/#${c.slug}`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
}

for (const paper of PAPER) {
  test(`every chart figure fits the printable width of ${paper.name}, unclipped`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const url of [...all.map((c) => `/${c.slug}/`), '/print/']) {
      await printView(page, url, paper);
      const figures = await page.locator('figure.chart').evaluateAll((figs) =>
        figs.map((f) => {
          const box = f.getBoundingClientRect();
          const svg = f.querySelector('svg.chart-svg.wide') as SVGSVGElement | null;
          const s = svg?.getBoundingClientRect();
          const narrowShown = [...f.querySelectorAll('svg.chart-svg.narrow')].some((n) => getComputedStyle(n).display !== 'none');
          const chart = f.querySelector('im-chart')!;
          const breakInside = getComputedStyle(chart).breakInside;
          const head = f.querySelector('.chart-head')!;
          const unit = chart.getBoundingClientRect().bottom - head.getBoundingClientRect().top;
          const headBreakAfter = getComputedStyle(head).breakAfter;
          return {
            id: f.id,
            left: box.left,
            right: box.right,
            svgShown: !!s && s.width > 0 && getComputedStyle(svg!).display !== 'none',
            svgLeft: s?.left ?? 0,
            svgRight: s?.right ?? 0,
            svgHeight: s?.height ?? 0,
            narrowShown,
            breakInside,
            headBreakAfter,
            unit,
            scroll: f.scrollWidth - f.clientWidth,
          };
        }),
      );
      const expected = url === '/print/' ? all.flatMap((c) => chartsIn(c.body)).length : chartsIn(all.find((c) => `/${c.slug}/` === url)!.body).length;
      expect(figures.length, `${url}: charts`).toBe(expected);
      for (const f of figures) {
        const where = `${url} #${f.id} on ${paper.name}`;
        expect(f.left, where).toBeGreaterThanOrEqual(0);
        expect(f.right, where).toBeLessThanOrEqual(paper.width + 0.5);
        expect(f.svgShown, `${where}: the wide SVG prints`).toBe(true);
        expect(f.narrowShown, `${where}: the narrow SVG does not`).toBe(false);
        expect(f.svgRight, where).toBeLessThanOrEqual(f.right + 0.5);
        expect(f.svgLeft, where).toBeGreaterThanOrEqual(f.left - 0.5);
        expect(f.svgHeight, `${where}: fits on one page`).toBeLessThan(paper.height * 0.7);
        expect(f.scroll, `${where}: nothing overflows the figure`).toBeLessThanOrEqual(0);
        expect(f.breakInside, `${where}: the chart never splits across pages`).toBe('avoid');
        expect(f.headBreakAfter, `${where}: the caption stays with its chart`).toBe('avoid');
        // What never splits is under 40 % of a page, so a figure that moves on leaves at most that much blank.
        expect(f.unit, `${where}: caption and chart take under 40 % of a page`).toBeLessThan(paper.height * 0.4);
      }
    }
  });
}

test('a page read on screen requests no font; printing loads the print faces from the site itself', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/trade/', { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  expect(fonts, 'font requests on screen').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const loaded = await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.style}`);
  });
  expect(loaded).toEqual(expect.arrayContaining(['Source Serif 4 300 499 normal', 'Source Sans 3 300 499 normal', 'Source Serif 4 500 900 normal']));
  expect(fonts.length, 'print font requests').toBeGreaterThanOrEqual(3);
  const origin = new URL(page.url()).origin;
  for (const url of fonts) expect(url, 'served by the site, under a hashed name').toMatch(new RegExp(`^${origin}/_astro/[^/]+\\.ttf$`));
  await expect(page.locator('body')).toHaveCSS('font-family', /^"Source Serif 4"/);
});

test('the Spanish chapter offers "PDF (carta)" and "PDF (A4)"', async ({ page }) => {
  await page.goto('/es/comercio/');
  await expect(page.getByRole('group', { name: 'Descargar PDF' })).toBeVisible();
  const downloads = page.locator('.print-actions a[href$=".pdf"]');
  await expect(downloads).toHaveText(['PDF (carta)', 'PDF (A4)']);
  await expect(downloads.nth(0)).toHaveAttribute('href', '/es/pdf/comercio.pdf');
  await expect(downloads.nth(1)).toHaveAttribute('href', '/es/pdf/comercio-a4.pdf');
});

test('/print/ is one document: a cover with one h1, contents, every chapter in order on a new page, sources at the end', async ({ page }) => {
  await page.goto('/print/');
  await expect(page.locator('h1')).toHaveCount(1);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  expect(dupes, 'element ids are unique').toEqual([]);
  // Every in-document link lands somewhere; links between chapters and to sources stay inside.
  const hrefs = await page.locator('main a[href^="#"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.slice(1)))]);
  const missing = hrefs.filter((h) => !ids.includes(decodeURIComponent(h)));
  expect(missing, 'in-document links without a target').toEqual([]);
  const slugs = all.map((c) => c.slug);
  const leaving = await page
    .locator('.print-chapter .prose a[href]')
    .evaluateAll(
      (as, slugs) => as.map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/sources/') || slugs.some((s) => h.startsWith(`/${s}/`))),
      slugs,
    );
  expect(leaving, 'chapter and source links point inside the document').toEqual([]);
  const titles = await page.locator('.print-chapter > header h2').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(all.map((c) => c.title));
  const toc = await page.locator('.print-toc .toc-title').allTextContents();
  expect(toc.map((t) => t.trim())).toEqual([...all.map((c) => c.title), 'Sources']);
  for (const c of all) {
    for (const s of c.sections) await expect(page.locator(`[id="${c.slug}--${s.id}"]`), `${c.slug} ${s.id}`).toHaveCount(1);
    for (const id of c.sources) await expect(page.locator(`.print-sources [id="source-${id}"]`)).toHaveCount(1);
  }
  await page.emulateMedia({ media: 'print' });
  const breaks = await page.locator('.print-chapter, .print-sources').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
  expect(breaks.every((b) => b === 'page')).toBe(true);
  await expect(page.locator('.print-cover')).toHaveCSS('break-after', 'page');
  await expect(page.locator('.print-toc')).toHaveCSS('break-after', 'page');
  await expect(page.locator('.site-header')).toBeHidden();
});

for (const c of all) {
  test(`${c.slug}.pdf: a tagged document with an outline entry per h2, the whole text and no navigation`, async ({ page }, testInfo) => {
    const file = chapterPdf(c.slug);
    expect(fs.existsSync(file), `${file}: run \`npm run build:pdf\``).toBe(true);
    // A picture first, so that whatever fails below can be looked at.
    const shot = renderPageToPng(file, 1, testInfo.outputPath(`${c.slug}-page-1.png`));
    if (shot.png) await testInfo.attach(`${c.slug}.pdf page 1`, { path: shot.png, contentType: 'image/png' });
    else testInfo.annotations.push({ type: 'skipped PNG', description: shot.skipped! });

    const pdf = await readPdf(file);
    expect(pdf.pages, 'page count').toBeGreaterThanOrEqual(CHAPTER_PAGES.min);
    expect(pdf.pages, 'page count').toBeLessThanOrEqual(CHAPTER_PAGES.max);
    expect(String(pdf.info.Title ?? '')).toContain(c.title);
    expect(pdf.tagged, 'tagged PDF').toBe(true);

    const outline = pdf.outline.map((o) => squash(o.title));
    expect(outline[0], 'the outline opens with the chapter title').toBe(squash(c.title));
    for (const s of c.sections) expect(outline, `outline entry for h2 "${s.heading}"`).toContain(squash(s.heading));
    expect(outline).toContain('Notes');
    expect(
      pdf.outline.every((o) => o.page !== null && o.page >= 1 && o.page <= pdf.pages),
      'every bookmark opens a page',
    ).toBe(true);

    const text = squash(pdf.text.join('\n'));
    expect(text).toContain(squash(c.title));
    for (const s of c.sections) expect(text, `h2 "${s.heading}"`).toContain(squash(s.heading));
    for (const t of c.takeaways) expect(text).toContain(squash(t).slice(0, 60));

    // Charts: title and source line as the page shows them; footnotes; the back matter.
    await page.goto(`/${c.slug}/`);
    const charts = await page
      .locator('figure.chart')
      .evaluateAll((figs) =>
        figs.map((f) => ({ title: f.querySelector('.chart-title')!.textContent!, source: (f.querySelector('.chart-source') as HTMLElement).innerText })),
      );
    expect(charts.length).toBe(chartsIn(c.body).length);
    for (const chart of charts) {
      expect(text, `chart title "${chart.title}"`).toContain(squash(chart.title));
      // The source line, less the superscript endnote numbers that print after its links.
      const words = squash(chart.source)
        .split(' ')
        .filter((w) => w.length > 3 && !/\d/.test(w))
        .slice(0, 8);
      expect(text, `chart source line of "${chart.title}"`).toContain('Source:');
      for (const w of words) expect(text, `"${w}" of the source line of "${chart.title}"`).toContain(w.replace(/[.,;:]$/, ''));
    }
    const footnotes = await page.locator('section.footnotes li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).innerText.replace('↩', '')));
    expect(footnotes.length).toBeGreaterThan(0);
    for (const note of footnotes) expect(text, `footnote "${note.slice(0, 50)}"`).toContain(squash(note).slice(0, 45));
    for (const heading of ['Notes', 'Cite this chapter', 'Last reviewed']) expect(text).toContain(heading);
    expect(text).toMatch(new RegExp(`Page 1 of ${pdf.pages}\\b`));
    expect(text).toMatch(/Printed \d{1,2} [A-Z][a-z]+ \d{4}/);
    for (const nav of NAVIGATION_TEXT) expect(text, `navigation text "${nav}"`).not.toMatch(new RegExp(`\\b${nav}\\b`));

    // Links: in-page ones (footnote references) land on a page of this PDF; others go to the public site.
    const internal = pdf.links.filter((l) => l.destPage !== undefined);
    expect(internal.length, 'footnote references are internal links').toBeGreaterThanOrEqual(footnotes.length);
    expect(internal.every((l) => l.destPage !== null)).toBe(true);
    expect(
      pdf.links.filter((l) => l.url && /127\.0\.0\.1|localhost/.test(l.url)),
      'no link to the build server',
    ).toEqual([]);
  });
}

test('intermestic-briefing.pdf: cover, contents with page numbers, every chapter and its sections in the outline, sources', async ({
  browserName: _browser,
}, testInfo) => {
  const shot = renderPageToPng(BRIEFING_PDF, 2, testInfo.outputPath('briefing-contents.png'));
  if (shot.png) await testInfo.attach('intermestic-briefing.pdf page 2 (contents)', { path: shot.png, contentType: 'image/png' });
  else testInfo.annotations.push({ type: 'skipped PNG', description: shot.skipped! });

  const pdf = await readPdf(BRIEFING_PDF);
  expect(pdf.pages).toBeGreaterThanOrEqual(BRIEFING_PAGES.min);
  expect(pdf.pages).toBeLessThanOrEqual(BRIEFING_PAGES.max);
  expect(pdf.tagged, 'tagged PDF').toBe(true);
  expect(String(pdf.info.Title ?? '')).toContain('Intermestic');
  const top = pdf.outline.filter((o) => o.depth === 1);
  const chapterEntries = all.map((c) => {
    const entry = top.find((o) => squash(o.title) === squash(c.title));
    expect(entry, `outline entry for chapter "${c.title}"`).toBeTruthy();
    return { c, page: entry!.page! };
  });
  expect(chapterEntries.map((e) => e.page)).toEqual([...chapterEntries.map((e) => e.page)].sort((a, b) => a - b));
  const sections = pdf.outline.filter((o) => o.depth === 2).map((o) => squash(o.title));
  for (const c of all) for (const s of c.sections) expect(sections, `${c.slug}: "${s.heading}"`).toContain(squash(s.heading));
  expect(top.map((o) => o.title)).toContain('Sources');

  // The cover, then the contents with the page each chapter starts on.
  const cover = squash(pdf.text[0]!);
  expect(cover).toContain('Intermestic');
  expect(cover).toMatch(/8 October 2021/);
  expect(cover).toContain('Wayne');
  const contents = squash(pdf.text.slice(1, 3).join(' '));
  expect(contents).toContain('Contents');
  for (const { c, page } of chapterEntries) expect(contents, `contents line for "${c.title}"`).toContain(`${squash(c.title)} ${page}`);
  // Each chapter starts on a new page that opens with its title.
  for (const { c, page } of chapterEntries) expect(squash(pdf.text[page - 1]!), `page ${page}`).toContain(squash(c.title));
  // Contents entries are links to those pages.
  const contentsLinks = pdf.links.filter((l) => l.page === 2 && l.destPage);
  for (const { page } of chapterEntries) expect(contentsLinks.map((l) => l.destPage)).toContain(page);
  // Sources at the end, with their addresses; no web chrome anywhere.
  const last = squash(pdf.text.slice(-3).join(' '));
  expect(last).toContain('Sources');
  const sourcesYaml = fs.readFileSync(path.join(ROOT, 'content/sources.yaml'), 'utf8');
  const someUrl = sourcesYaml.match(/url: (https?:\/\/\S+)/)![1]!;
  expect(squash(pdf.text.join(' ')).replace(/\s/g, '')).toContain(someUrl.replace(/^https?:\/\//, '').slice(0, 30));
  const text = squash(pdf.text.join('\n'));
  for (const nav of ['Skip to content', 'Previous chapter', 'Next chapter', 'Share chapter', 'Copy link', 'Download PDF', 'Cite a section'])
    expect(text).not.toContain(nav);
  expect(pdf.links.filter((l) => l.url && /127\.0\.0\.1|localhost/.test(l.url))).toEqual([]);
});
