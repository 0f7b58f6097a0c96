/**
 * Every figure as built, without a browser: the SVG is in the page with its marks, title and
 * description (so it shows with JavaScript off and in print), the table is there, the snapshot hash
 * is the CSV's, and the CSV download is the dataset byte for byte. The browser suite
 * (tests/e2e/charts.spec.ts) drives one figure per chart kind.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { figureEmbedHref, figureFileHref, figureShareHref } from '../../src/i18n/locales';
import { seriesColors } from '../../src/lib/colors';
import { countColour, readPng } from '../support/png';
import { chapters, chartsIn, DIST, ROOT } from '../support/site';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const b = fs.readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};
const fileOf = (href: string) => path.join(DIST, href.endsWith('/') ? `${href}index.html` : href);

const classes = (e: Element) => (Array.isArray(e.properties?.className) ? e.properties.className.map(String) : []);
/** Elements under `root` matching `test`, in document order. */
function all(root: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(root, 'element', (e: Element) => {
    if (test(e)) out.push(e);
  });
  return out;
}
const byClass = (root: Root | Element, c: string) => all(root, (e) => classes(e).includes(c));

for (const lang of ['en', 'es'] as const) {
  describe(`figures as built (${lang})`, () => {
    for (const chapter of chapters(lang)) {
      const figures = chartsIn(chapter.body);
      if (!figures.length) continue;
      const url = lang === 'en' ? `${chapter.slug}/index.html` : `es/${chapter.slug}/index.html`;
      const page = fromHtml(fs.readFileSync(path.join(DIST, url), 'utf8'));
      for (const f of figures) {
        it(`${chapter.slug}: ${f.id}`, () => {
          const fig = all(page, (e) => e.properties?.id === `fig-${f.id}`)[0];
          expect(fig, `#fig-${f.id} in ${url}`).toBeTruthy();
          const [wide] = all(fig!, (e) => e.tagName === 'svg' && classes(e).includes('chart-svg') && classes(e).includes('wide'));
          expect(wide, 'the wide SVG').toBeTruthy();
          expect(byClass(wide!, 'marks')[0]?.children.filter((c) => c.type === 'element').length, 'marks drawn').toBeGreaterThan(0);
          const title = all(wide!, (e) => e.tagName === 'title')[0];
          expect(toString(title!).trim()).toBe(toString(byClass(fig!, 'chart-title')[0]!).trim());
          expect(toString(all(wide!, (e) => e.tagName === 'desc')[0]!)).toMatch(lang === 'en' ? /highest/ : /máximo|más alto/);

          const d = loadDataset(f.dataset, ROOT);
          const periods = new Set(d.rows.map((r) => String(r[d.meta.period.column])));
          const rows = all(byClass(fig!, 'chart-table')[0]!, (e) => e.tagName === 'tr' && all(e, (c) => c.tagName === 'td').length > 0);
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.length).toBeLessThanOrEqual(periods.size);

          const csv = fs.readFileSync(path.join(ROOT, 'content/data', `${f.dataset}.csv`));
          expect(toString(byClass(fig!, 'chart-snapshot')[0]!)).toContain(createHash('sha256').update(csv).digest('hex').slice(0, 8));
          const href = all(byClass(fig!, 'chart-source')[0]!, (e) => e.tagName === 'a' && String(e.properties?.href ?? '').endsWith('.csv'))[0]?.properties
            ?.href;
          expect(href, 'a CSV download link').toBeTruthy();
          expect(fs.readFileSync(path.join(DIST, String(href))).equals(csv), `${href} is the dataset byte for byte`).toBe(true);
        });

        it(`${chapter.slug}: ${f.id} has an embed page that works without JavaScript, and the figure offers its code`, () => {
          const embedHref = figureEmbedHref(lang, chapter.slug, f.id);
          const embedPage = fromHtml(fs.readFileSync(fileOf(embedHref), 'utf8'));
          const fig = all(embedPage, (e) => e.properties?.id === `fig-${f.id}`)[0];
          expect(fig, `${embedHref} shows the figure`).toBeTruthy();
          expect(all(fig!, (e) => e.tagName === 'svg' && classes(e).includes('chart-svg')).length).toBe(2);
          expect(byClass(fig!, 'chart-table')).toHaveLength(1);
          expect(all(embedPage, (e) => e.tagName === 'header' || e.tagName === 'nav' || e.properties?.id === 'search')).toEqual([]);
          const back = all(embedPage, (e) => e.tagName === 'a' && e.properties?.target === '_top')[0];
          expect(back?.properties?.href).toBe(`${lang === 'es' ? '/es' : ''}/${chapter.slug}/#fig-${f.id}`);
          // On the chapter, the figure's embed code frames that page.
          const code = toString(byClass(all(page, (e) => e.properties?.id === `fig-${f.id}`)[0]!, 'embed-figure')[0]!);
          expect(code).toContain(`<iframe src="https://intermestic.org${embedHref}"`);
        });

        it(`${chapter.slug}: ${f.id} travels: SVG and 2x PNG files with title and source, a share page with a chart card`, () => {
          const svgHref = figureFileHref(lang, chapter.slug, f.id, 'svg');
          const pngHref = figureFileHref(lang, chapter.slug, f.id, 'png');
          const fig = all(page, (e) => e.properties?.id === `fig-${f.id}`)[0]!;
          const links = all(fig, (e) => e.tagName === 'a').map((e) => String(e.properties?.href));
          expect(links, 'the figure offers both downloads').toEqual(expect.arrayContaining([svgHref, pngHref]));
          // The SVG is what the PNG is drawn from: its text carries the title, the source and the snapshot.
          const svg = fs.readFileSync(fileOf(svgHref), 'utf8');
          const title = toString(byClass(fig, 'chart-title')[0]!).trim();
          const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
          expect(svg).toContain(esc(title));
          expect(svg).toContain(lang === 'en' ? '>Source: ' : '>Fuente: ');
          const csv = fs.readFileSync(path.join(ROOT, 'content/data', `${f.dataset}.csv`));
          expect(svg).toContain(createHash('sha256').update(csv).digest('hex').slice(0, 8));
          expect(svg, 'no stylesheet or custom property the file cannot carry').not.toMatch(/var\(--|class="/);
          const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
          const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
          expect(pngSize(fileOf(pngHref))).toEqual({ width: width * 2, height: height * 2 });

          const share = fs.readFileSync(fileOf(figureShareHref(lang, chapter.slug, f.id)), 'utf8');
          expect(share).toMatch(new RegExp(`http-equiv="refresh" content="0; url=[^"]*/${chapter.slug}/#fig-${f.id}"`));
          const image = share.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
          const card = fileOf(new URL(image).pathname);
          expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
          // The figure's card is not a title card: the chart's marks fill its left column, in the series colours
          // (the chapter's section cards there show only text, in the text colours).
          const plotArea = { x0: 40, y0: 150, x1: 700, y1: 540 };
          const marks = (file: string) => seriesColors('light').reduce((n, hex) => n + countColour(readPng(file), hex, plotArea), 0);
          expect(marks(card), 'series-coloured pixels in the figure card').toBeGreaterThan(400);
          const cardsDir = path.dirname(path.dirname(card));
          const sectionCard = path.join(
            cardsDir,
            fs.readdirSync(cardsDir).find((n) => n.endsWith('.png'))!,
          );
          expect(marks(sectionCard), `series-coloured pixels in the section card ${path.basename(sectionCard)}`).toBeLessThan(50);
        });
      }
    }
  });
}
