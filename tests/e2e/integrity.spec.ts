/**
 * The briefing's editorial rules, checked on the built pages of both editions:
 * - the vantage rule: main text (outside "Later context" boxes and the charts themselves) quotes no
 *   value first published after the vantage date, and every "Later context" box holds such a value;
 * - every chart whose data run past the vantage shows the vantage rule and marks the later values,
 *   in its key, its marks and its table, on screen and in print;
 * - a value read in a press report says so in its figure's source line, its table and on the data page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { remove } from 'unist-util-remove';
import type { Element, Root } from 'hast';
import { parse as parseYaml } from 'yaml';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { provenanceOf, valueColumns } from '../../src/lib/data/provenance';
import { publishedAfter } from '../../src/lib/data/vintage';
import { chapters, chartsIn, DIST, ROOT } from '../support/site';

const site = (parseYaml(fs.readFileSync(path.join(ROOT, 'content/site.yaml'), 'utf8')) as { vantage: string }[])[0]!;
const VANTAGE = site.vantage;
const datasetIds = fs
  .readdirSync(path.join(ROOT, 'content/data'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace('.yaml', ''));

/** Every value first published after the vantage, as the text would write it (exact, and in billions for dollars). */
function laterValueStrings(): Set<string> {
  const out = new Set<string>();
  for (const id of datasetIds) {
    const d = loadDataset(id);
    for (const row of d.rows) {
      const period = String(row[d.meta.period.column]);
      const group = d.meta.groupColumn ? String(row[d.meta.groupColumn]) : undefined;
      for (const column of valueColumns(d.meta)) {
        const v = row[column];
        const p = provenanceOf(d.meta.provenance, period, column, group);
        if (typeof v !== 'number' || !p || !publishedAfter(p.publishedBy, VANTAGE) || Math.abs(v) < 1000) continue;
        out.add(v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
        if (d.meta.unit.kind === 'usd-millions') {
          const b = (Math.abs(v) / 1000).toFixed(1);
          out.add(`$${b} billion`);
          out.add(`${b} mil millones`);
        }
      }
    }
  }
  return out;
}
const LATER = laterValueStrings();

const chapterPages = [...chapters('en').map((c) => `/${c.slug}/`), ...chapters('es').map((c) => `/es/${c.slug}/`)];
const page = (url: string): Root => fromHtml(fs.readFileSync(path.join(DIST, url, 'index.html'), 'utf8'));
const found = (text: string) => [...LATER].filter((s) => new RegExp(`(^|[^0-9.,])${s.replace(/[$.]/g, '\\$&')}(?![0-9]|,[0-9])`).test(text));

test('the later values the test looks for include the known post-vantage figures', () => {
  for (const s of ['1,734,686', '91,799', '36,773', '11,201', '$659.8 billion']) expect(LATER.has(s), s).toBe(true);
  for (const s of ['70,630', '36,579', '977,509', '$612.8 billion']) expect(LATER.has(s), s).toBe(false);
});

for (const url of chapterPages) {
  test(`vantage rule in the text of ${url}`, () => {
    const tree = page(url);
    const article = selectAll('article.chapter', tree)[0] as Element;
    const boxes = selectAll('aside.later-context', article);
    for (const box of boxes)
      expect(found(toString(box)), `a "Later context" box on ${url} holds no figure published after the vantage: ${toString(box).slice(0, 120)}`).not.toEqual(
        [],
      );
    // Main text: everything but the boxes, the charts (which mark their own later values) and print-only copies.
    remove(
      article,
      (n) =>
        n.type === 'element' &&
        ((n as Element).tagName === 'aside' ||
          (n as Element).tagName === 'figure' ||
          ((n as Element).properties?.className as string[] | undefined)?.includes('print-only')),
    );
    expect(found(toString(article)), `main text of ${url} quotes figures published after ${VANTAGE}`).toEqual([]);
  });
}

test('every chart with later values draws the vantage rule, a key, lighter marks and marked table rows', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const c of chapters(lang)) {
      const tree = page(lang === 'es' ? `/es/${c.slug}/` : `/${c.slug}/`);
      for (const chart of chartsIn(c.body)) {
        const fig = selectAll(`figure#fig-${chart.id}`, tree)[0] as Element;
        const d = loadDataset(chart.dataset);
        const hasLater = d.rows.some((r) =>
          valueColumns(d.meta)
            .filter((col) => chart.series.includes(col))
            .some(
              (col) =>
                typeof r[col] === 'number' &&
                publishedAfter(
                  provenanceOf(d.meta.provenance, String(r[d.meta.period.column]), col, d.meta.groupColumn ? String(r[d.meta.groupColumn]) : undefined)!
                    .publishedBy,
                  VANTAGE,
                ),
            ),
        );
        if (!hasLater) continue;
        const where = `${lang} ${c.slug} #fig-${chart.id}`;
        expect(
          selectAll('.chart-key li', fig)
            .map((li) => toString(li))
            .join(' '),
          where,
        ).toMatch(lang === 'es' ? /Publicado después del 8 de octubre de 2021/ : /Published after 8 October 2021/);
        expect(selectAll('svg.chart-svg .vantage line', fig), `${where}: vantage rule in both layouts`).toHaveLength(2);
        expect(selectAll('svg.chart-svg .marks .later', fig).length, `${where}: later marks`).toBeGreaterThan(0);
        expect(toString(selectAll('.chart-table tbody', fig)[0]!), where).toMatch(
          lang === 'es' ? /dato posterior al 8 de octubre de 2021/ : /published after 8 October 2021/,
        );
        expect(toString(selectAll('svg desc', fig)[0]!), where).toMatch(
          lang === 'es' ? /Valores publicados después del 8 de octubre de 2021: / : /Values published after 8 October 2021: /,
        );
      }
    }
  }
});

test('values read in press reports say so in the source line, the table and on the data page', () => {
  for (const [url, data, words] of [
    ['/security/', '/data/', 'as reported by'],
    ['/es/seguridad/', '/es/datos/', 'citado por'],
  ] as const) {
    const fig = selectAll('figure#fig-fentanyl-seizures', page(url))[0] as Element;
    expect(toString(selectAll('.chart-source', fig)[0]!)).toContain(`${words} Washington Examiner`);
    for (const row of selectAll('.chart-table tbody tr', fig)) expect(toString(row)).toContain(words);
    const section = selectAll('section#cbp-fentanyl-seizures', page(data))[0] as Element;
    expect(toString(selectAll('.provenance', section)[0]!)).toContain(`${words} Daily Caller News Foundation`);
  }
});

test('the change of measure in FY2020 is flagged as such, not as a revision', () => {
  const fig = selectAll('figure#fig-apprehensions-long-run', page('/migration/'))[0] as Element;
  expect(toString(fig)).toContain('change of measure');
  expect(toString(selectAll('.chart-flag', fig)[0]!)).not.toMatch(/revised/i);
});

test('the vantage rule and later marks survive printing', async ({ page: browser }) => {
  await browser.emulateMedia({ media: 'print' });
  await browser.goto('/security/');
  const fig = browser.locator('figure#fig-fentanyl-seizures');
  // A vertical line has an empty bounding box, so its stroke is checked instead of its visibility.
  await expect(fig.locator('svg.wide .vantage text')).toBeVisible();
  await expect(fig.locator('svg.wide .vantage text')).toHaveText(/Briefing as of 8 October 2021/);
  expect(await fig.locator('svg.wide .vantage line').evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
  await expect(fig.locator('.chart-key')).toBeVisible();
  // The later bars' hatch: lines in the page colour, clipped to those bars.
  const hatch = await fig
    .locator('svg.wide .marks path.hatch')
    .first()
    .evaluate((el) => ({
      stroke: getComputedStyle(el).stroke,
      clip: el.getAttribute('clip-path'),
      bars: el.parentElement!.querySelectorAll('rect.later').length,
    }));
  expect(hatch.stroke).not.toBe('none');
  expect(hatch.clip).toMatch(/^url\(#.+\)$/);
  expect(hatch.bars).toBeGreaterThan(0);
  await browser.emulateMedia({ media: 'screen' });
  await browser.goto('/migration/');
  const line = browser.locator('figure#fig-monthly-encounters svg.wide path.later');
  await expect(line).toHaveCount(1);
  expect(Number(await line.evaluate((el) => getComputedStyle(el).strokeOpacity))).toBeLessThan(1);
});
