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
import { chapters, chartsIn, DIST, ROOT } from '../support/site';

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
          const href = all(byClass(fig!, 'chart-source')[0]!, (e) => e.tagName === 'a' && String(e.properties?.href ?? '').endsWith('.csv'))[0]?.properties?.href;
          expect(href, 'a CSV download link').toBeTruthy();
          expect(fs.readFileSync(path.join(DIST, String(href))).equals(csv), `${href} is the dataset byte for byte`).toBe(true);
        });
      }
    }
  });
}
