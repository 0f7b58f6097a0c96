import { expect, test } from '@playwright/test';
import { builtPages, chapters } from '../support/site';

const all = chapters();

test('the landing page lists every chapter and each link opens that chapter', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  const cards = page.locator('main ol.chapters > li');
  await expect(cards).toHaveCount(all.length);
  await expect(page.getByText('as of 8 October 2021', { exact: false })).toBeVisible();
  for (const [i, c] of all.entries()) {
    await expect(cards.nth(i).locator('h3')).toHaveText(c.title);
    await expect(cards.nth(i)).toContainText(/\d+ min read/);
  }
  for (const c of all) {
    await page.goto('/');
    await page.locator('main ol.chapters').getByRole('link', { name: c.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${c.slug}/$`));
    await expect(page.locator('h1')).toHaveText(c.title);
  }
});

for (const [i, c] of all.entries()) {
  test(`chapter ${c.slug}: one h1, main landmark, takeaways, working previous/next links`, async ({ page }) => {
    await page.goto(`/${c.slug}/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    const takeaways = page.locator('.takeaways li');
    await expect(takeaways).toHaveCount(c.takeaways.length);
    await expect(takeaways.first()).toHaveText(c.takeaways[0]!);
    await expect(page.locator('.meta')).toContainText('Last reviewed');
    await expect(page.locator('.meta')).toContainText(/\d+ min read/);
    const prev = all[i - 1];
    const next = all[i + 1];
    await expect(page.locator('a[rel="prev"]')).toHaveCount(prev ? 1 : 0);
    await expect(page.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
    if (next) {
      await page.locator('a[rel="next"]').click();
      await expect(page.locator('h1')).toHaveText(next.title);
      await page.locator('a[rel="prev"]').click();
      await expect(page.locator('h1')).toHaveText(c.title);
    }
  });
}

test('a missing address returns the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: all[0]!.title })).toBeVisible();
});

test('the sources page lists every source with its anchor', async ({ page }) => {
  await page.goto('/sources/');
  for (const id of new Set(all.flatMap((c) => c.sources))) await expect(page.locator(`li#${id}`)).toHaveCount(1);
});

test('no page logs a console error or warning, or fails a request', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  // A request the next navigation cuts short (the favicon, fetched lazily) fails as ERR_ABORTED;
  // a missing file still shows up below as an HTTP error.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${page.url()}: request failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/404.html')) problems.push(`${page.url()}: HTTP ${r.status()} ${r.url()}`);
  });
  // Share pages (/<chapter>/s/<section>/) forward at once, aborting their own requests; the sharing spec checks them.
  for (const path of builtPages().filter((p) => p !== '/404.html' && !/\/s\/[^/]+\/$/.test(p))) await page.goto(path, { waitUntil: 'networkidle' });
  expect(problems).toEqual([]);
});
