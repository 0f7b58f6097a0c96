import { expect, test } from '@playwright/test';
import { chapters, chartsIn, ROOT } from '../support/site';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { formatExact, formatExactWithUnit, formatPeriod } from '../../src/lib/charts/format';

const figures = chapters().flatMap((c) => chartsIn(c.body).map((f) => ({ ...f, chapter: c.slug })));
const dataset = (id: string) => loadDataset(id, ROOT);

test('there are charts to test', () => expect(figures.length).toBeGreaterThanOrEqual(7));

/** One figure per chart kind: the static checks over dist/ (tests/static/figures.test.ts) and the model snapshots cover every figure. */
const perKind = figures.filter((f, i) => figures.findIndex((g) => g.kind === f.kind) === i);

test('there is a figure of each chart kind', () => expect(perKind.map((f) => f.kind).sort()).toEqual(['bar', 'line', 'stacked-bar']));

for (const f of perKind) {
  test.describe(`${f.kind} figure ${f.id} (${f.chapter})`, () => {
    test('renders its SVG and full table with JavaScript off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${f.chapter}/`);
      const fig = page.locator(`#fig-${f.id}`);
      await expect(fig.locator('svg.chart-svg.wide')).toBeVisible();
      expect(await fig.locator('svg.chart-svg.wide .marks > *').count()).toBeGreaterThan(0);
      await expect(fig.locator('svg.chart-svg.wide title')).toHaveText(await fig.locator('.chart-title').innerText());
      await expect(fig.locator('svg.chart-svg.wide desc')).toContainText('highest');
      const rows = fig.locator('.chart-table tbody tr');
      await expect(rows.first()).toBeVisible();
      const d = dataset(f.dataset);
      const periods = new Set(d.rows.map((r) => String(r[d.meta.period.column])));
      expect(await rows.count()).toBeLessThanOrEqual(periods.size);
      await context.close();
    });

    test('the table view lists every row with the exact CSV values', async ({ page }) => {
      await page.goto(`/${f.chapter}/`);
      const fig = page.locator(`#fig-${f.id}`);
      await fig.getByRole('button', { name: 'Table', exact: true }).click();
      await expect(fig.locator('.chart-table')).toBeVisible();
      await expect(fig.locator('svg.chart-svg.wide')).toBeHidden();
      const d = dataset(f.dataset);
      const count = await fig.locator('.chart-table tbody tr').count();
      // The period, without the notes a row may carry ("FY2021 (published after 8 October 2021)").
      const firstPeriod = (await fig.locator('.chart-table tbody tr th').first().innerText()).trim().replace(/\s*\(.*\)$/s, '');
      const row = d.rows.find((r) => formatPeriod(String(r[d.meta.period.column]), d.meta.period.kind) === firstPeriod);
      expect(row, `row for ${firstPeriod}`).toBeTruthy();
      const firstCell = (await fig.locator('.chart-table tbody tr').first().locator('td').first().innerText()).trim().replace(/\s*\(.*\)$/s, '');
      const values = Object.values(row!)
        .filter((v): v is number => typeof v === 'number')
        .map((v) => formatExact(v));
      const group = d.meta.groupColumn;
      const candidates = group
        ? d.rows
            .filter((r) => String(r[d.meta.period.column]) === String(row![d.meta.period.column]))
            .flatMap((r) =>
              Object.values(r)
                .filter((v): v is number => typeof v === 'number')
                .map((v) => formatExact(v)),
            )
        : values;
      expect(candidates.some((v) => firstCell.startsWith(v))).toBe(true);
      expect(count).toBeGreaterThan(0);
      await fig.getByRole('button', { name: 'Chart', exact: true }).click();
      await expect(fig.locator('svg.chart-svg.wide')).toBeVisible();
    });

    test('the SVG and PNG downloads are the figure as files, with title and source drawn in', async ({ page, request }) => {
      await page.goto(`/${f.chapter}/`);
      const fig = page.locator(`#fig-${f.id}`);
      for (const [name, type] of [
        ['Download SVG', 'image/svg+xml'],
        ['Download PNG', 'image/png'],
      ] as const) {
        const link = fig.getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('download', '');
        const res = await request.get((await link.getAttribute('href'))!);
        expect(res.status()).toBe(200);
        expect(res.headers()['content-type']).toContain(type);
        if (type === 'image/svg+xml') expect(await res.text()).toContain(await fig.locator('.chart-title').innerText());
      }
    });

    test('hovering and arrow keys show the exact CSV value', async ({ page }) => {
      await page.goto(`/${f.chapter}/`);
      const fig = page.locator(`#fig-${f.id}`);
      const d = dataset(f.dataset);
      const svg = fig.locator('svg.chart-svg.wide');
      await svg.scrollIntoViewIfNeeded();
      const box = (await svg.boundingBox())!;
      // Period positions are written on the crosshair at build; values come from the table (no JSON copy).
      const lastX = Number((await svg.locator('.crosshair').getAttribute('data-x'))!.split(' ').at(-1));
      await page.mouse.move(box.x + (lastX * box.width) / 640, box.y + box.height / 2);
      const tip = fig.locator('.tooltip');
      await expect(tip).toBeVisible();
      const periodCol = d.meta.period.column;
      const periods = [...new Set(d.rows.map((r) => String(r[periodCol])))].sort();
      const last = periods[periods.length - 1]!;
      await expect(tip.locator('strong')).toHaveText(formatPeriod(last, d.meta.period.kind));
      const lastRows = d.rows.filter((r) => String(r[periodCol]) === last);
      for (const row of lastRows) {
        for (const col of f.series) {
          const v = row[col];
          if (typeof v === 'number') await expect(tip).toContainText(formatExactWithUnit(v, d.meta.unit.kind));
        }
      }
      await page.keyboard.press('Escape');
      await fig.locator('.plot').focus();
      await page.keyboard.press('Home');
      // The figure may show a later span than the dataset holds: its first period is its table's first row.
      const firstPeriod = (await fig.locator('tbody tr[data-period]').first().getAttribute('data-period'))!;
      await expect(tip.locator('strong')).toHaveText(formatPeriod(firstPeriod, d.meta.period.kind));
      const firstValue = d.rows
        .filter((r) => String(r[periodCol]) === firstPeriod)
        .flatMap((r) => f.series.map((c) => r[c]))
        .find((v) => typeof v === 'number');
      await expect(fig.locator('[data-live]')).toContainText(formatExactWithUnit(firstValue as number, d.meta.unit.kind));
      await page.keyboard.press('ArrowRight');
      await expect(fig.locator('[data-live]')).not.toBeEmpty();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
    });
  });
}

test('a figure anchor scrolls the figure into view', async ({ page }) => {
  const f = figures[0]!;
  await page.goto(`/${f.chapter}/#fig-${f.id}`);
  await expect(page.locator(`#fig-${f.id} .chart-title`)).toBeInViewport();
});

test('at 360 px no chart overflows the page and the narrow layout is used', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const chapter of new Set(figures.map((f) => f.chapter))) {
    await page.goto(`/${chapter}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, chapter).toBeLessThanOrEqual(0);
    for (const f of figures.filter((x) => x.chapter === chapter)) {
      await expect(page.locator(`#fig-${f.id} svg.chart-svg.narrow`)).toBeVisible();
      const box = (await page.locator(`#fig-${f.id}`).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    }
  }
  await context.close();
});

test('series toggles hide and show a line', async ({ page }) => {
  const f = figures.find((x) => x.id === 'us-mexico-trade')!;
  await page.goto(`/${f.chapter}/`);
  const fig = page.locator(`#fig-${f.id}`);
  const toggle = fig.locator('[data-toggle="balance_usd_millions"]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(fig.locator('svg.wide g[data-series="balance_usd_millions"]')).toBeHidden();
  await toggle.click();
  await expect(fig.locator('svg.wide g[data-series="balance_usd_millions"]')).toBeVisible();
});

test('the view is part of the link: series, table and range survive a copied link, and print shows them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/trade/');
  const fig = page.locator('#fig-us-mexico-trade');
  await fig.getByRole('button', { name: 'Trade balance (exports minus imports)' }).click();
  // The range is chosen with the keyboard alone, and announced.
  const from = fig.getByRole('combobox', { name: 'From' });
  await from.focus();
  await from.selectOption('2000');
  await fig.getByRole('combobox', { name: 'To' }).selectOption('2020');
  await expect(fig.locator('[data-live]')).toHaveText('Shown: 2000 to 2020');
  await expect(fig.locator('.chart-range')).toHaveText('Shown: 2000 to 2020');
  await fig.getByRole('button', { name: 'Table', exact: true }).click();
  await fig.getByRole('button', { name: 'Copy link to this view' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('us-mexico-trade.view=table');
  expect(link).toContain('us-mexico-trade.hide=balance_usd_millions');
  expect(link).toContain('us-mexico-trade.from=2000&us-mexico-trade.to=2020');
  expect(link).toMatch(/#fig-us-mexico-trade$/);

  const again = await context.newPage();
  await again.goto(link);
  const same = again.locator('#fig-us-mexico-trade');
  await expect(same.locator('.chart-table')).toBeVisible();
  // (The legend is out of view while the table shows; its state is still the link's.)
  await expect(same.locator('[data-toggle="balance_usd_millions"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(same.getByRole('combobox', { name: 'From' })).toHaveValue('2000');
  await expect(same.locator('.chart-table tbody tr:visible')).toHaveCount(21);
  await expect(same.locator('.chart-table tbody tr:visible th').first()).toHaveText('2000');
  // The other figure on the page keeps its own default view.
  await expect(again.locator('#fig-top-partners svg.chart-svg.wide')).toBeVisible();
  // On paper: the table the reader chose, with the range written in the caption.
  await again.emulateMedia({ media: 'print' });
  await expect(same.locator('.chart-table')).toBeVisible();
  await expect(same.locator('svg.chart-svg.wide')).toBeHidden();
  await expect(same.locator('.chart-range')).toHaveText('Shown: 2000 to 2020');

  // Back to the chart: the range veils the periods outside it.
  await again.emulateMedia({ media: 'screen' });
  await same.getByRole('button', { name: 'Chart', exact: true }).click();
  await expect(same.locator('svg.chart-svg.wide .range-mask rect')).toHaveCount(2);
  await again.close();
});
