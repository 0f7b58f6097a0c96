import { expect, test } from '@playwright/test';
import { chapters } from '../support/site';

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

test('pages and assets are served as a host serves them: precompressed, with caching by kind', async ({ request, page }) => {
  const html = await request.get('/trade/', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(html.headers()['content-encoding']).toBe('br');
  expect(html.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(await html.text()).toContain('<html lang="en"');
  await page.goto('/trade/');
  const asset = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.getAttribute('href')!);
  const css = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(css.headers()['content-encoding']).toBe('gzip');
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
