import { JS_FLAG_SCRIPT } from '../../src/lib/security/jsFlag';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, chapters, DIST } from '../support/site';

const all = chapters();
const migration = all.find((c) => c.slug === 'migration')!;
const SITE = 'https://intermestic.org';
/** "Last modified <date>" as Chicago writes the latest revision of a chapter, from its frontmatter. */
const lastModified = (slug: string) => {
  const revisions = (all.find((c) => c.slug === slug) as unknown as { revisions: { date: string | Date }[] }).revisions;
  const date = new Date(revisions[revisions.length - 1]!.date);
  return `Last modified ${date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`;
};

test.describe('links to a place', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the section link control copies the full URL with its anchor and says so', async ({ page }) => {
    await page.goto('/migration/');
    const section = migration.sections[1]!;
    const control = page.locator(`h2#${section.id} [data-copy-link]`);
    await expect(control).toHaveAccessibleName(`Copy link to section: ${section.heading}`);
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/migration/#${section.id}`, page.url()).href);
  });

  test('the share control falls back to copying the section share page address', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto('/migration/');
    const section = migration.sections[0]!;
    await page.locator(`h2#${section.id} [data-share]`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/migration/s/${section.id}/`, page.url()).href);
  });
});

test('a deep link puts the heading in view below the sticky header', async ({ page }) => {
  const section = migration.sections[3]!;
  await page.goto(`/migration/#${section.id}`);
  const heading = page.locator(`h2#${section.id}`);
  await expect(heading).toBeInViewport();
  const headerBottom = (await page.locator('.site-header').boundingBox())!;
  const box = (await heading.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(headerBottom.y + headerBottom.height - 1);
});

test('the table of contents highlights the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const section = migration.sections[2]!;
  await page.goto(`/migration/#${section.id}`);
  await expect(page.locator(`.sidebar nav.toc a[href="#${section.id}"]`)).toHaveAttribute('aria-current', 'true');
  await page.locator(`h2#${migration.sections[4]!.id}`).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10);
  await expect(page.locator(`.sidebar nav.toc a[href="#${section.id}"]`)).not.toHaveAttribute('aria-current', 'true');
});

test('search, opened with "/", finds a term used in one chapter and links to its section', async ({ page }) => {
  const term = 'precursor';
  const inChapters = all.filter((c) => c.body.toLowerCase().includes(term));
  expect(inChapters.map((c) => c.slug)).toEqual(['security']);
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Search the briefing' });
  await expect(input).toBeFocused();
  await input.fill(term);
  const links = page.locator('.search-results a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.some((h) => /^\/security\/#[a-z0-9-]+$/.test(h))).toBe(true);
  expect(hrefs.filter((h) => all.some((c) => c.slug !== 'security' && h.startsWith(`/${c.slug}/`)))).toEqual([]);
  await links.filter({ hasText: /./ }).and(page.locator('a[href^="/security/#"]')).first().click();
  await expect(page).toHaveURL(/\/security\/#/);
});

test('every page has title, description, canonical URL and a 1200x630 PNG card', async ({ request }) => {
  const checked = new Set<string>();
  for (const p of builtPages().filter((x) => x !== '/404.html')) {
    const html = fs.readFileSync(path.join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8');
    const meta = (attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    expect(html.match(/<title>([^<]+)<\/title>/)?.[1], p).toBeTruthy();
    expect(meta('name', 'description'), p).toBeTruthy();
    expect(meta('property', 'og:title'), p).toBeTruthy();
    expect(meta('property', 'og:description'), p).toBeTruthy();
    expect(html.match(/<link rel="canonical" href="([^"]+)"/)?.[1], p).toMatch(new RegExp(`^${SITE}/`));
    const image = meta('property', 'og:image')!;
    expect(image, p).toMatch(/\.png$/);
    if (checked.has(image)) continue;
    checked.add(image);
    const res = await request.get(new URL(image).pathname);
    expect(res.status(), image).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

test('a chapter card shows that chapter, not a generic image', async ({ page }) => {
  await page.goto('/trade/');
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toBe(`${SITE}/og/trade.png`);
});

test('a section share page carries the section card and forwards to the section', async ({ page }) => {
  const section = migration.sections[1]!;
  const html = fs.readFileSync(path.join(DIST, 'migration/s', section.id, 'index.html'), 'utf8');
  expect(html).toContain(`<meta property="og:image" content="${SITE}/og/migration/${section.id}.png"`);
  expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0; url=/migration/#${section.id}"`));
  // No other script runs inline: module scripts load from files, JSON blocks are data, and the one
  // classic inline script is the <html class="js"> flag, allowed by its hash in the CSP.
  expect(html).toContain(`<script>${JS_FLAG_SCRIPT}</script>`);
  expect(html.replace(`<script>${JS_FLAG_SCRIPT}</script>`, '')).not.toMatch(/<script(?![^>]*type="(?:module|application\/json)")[^>]*>[^<]/);
  await page.goto(`/migration/s/${section.id}/`);
  await expect(page).toHaveURL(new RegExp(`/migration/#${section.id}$`));
  await expect(page.locator('h1')).toHaveText(migration.title);
});

test('citations carry the permalink, the latest revision date and today as access date', async ({ page }) => {
  await page.goto('/migration/');
  const chicago = page.locator('.cite-this .cite-block').first().locator('pre[data-format="Chicago"]');
  const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  await expect(chicago).toContainText(`${SITE}/migration/`);
  await expect(chicago).toContainText(lastModified('migration'));
  await expect(chicago).toContainText(`Accessed ${today}`);
  await expect(page.locator('.cite-this pre[data-format="BibTeX"]').first()).toContainText('url = {https://intermestic.org/migration/}');
  await expect(page.locator('.revisions summary')).toContainText('Updated');
});

test('the sitemap lists every page and the feed is valid RSS 2.0', async ({ page, request }) => {
  const sitemap = fs.readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  // Every page that does not ask to stay out of search results (404s, offline, share stubs) and is its
  // own canonical URL (embed pages name their figure's share page).
  const expected = builtPages().filter((p) => {
    const html = fs.readFileSync(path.join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8');
    const canonical = new URL(html.match(/<link rel="canonical" href="([^"]+)"/)![1]!).pathname;
    return !/<meta name="robots" content="noindex"/.test(html) && canonical === p;
  });
  expect(expected).toContain('/es/migracion/');
  expect(expected).toContain('/print/');
  expect(expected).not.toContain('/embed/trade/us-mexico-trade/');
  expect([...listed].sort()).toEqual(expected);
  const rss = await (await request.get('/rss.xml')).text();
  await page.goto('/');
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    const channel = doc.querySelector('rss[version="2.0"] > channel');
    return {
      title: channel?.querySelector(':scope > title')?.textContent,
      link: channel?.querySelector(':scope > link')?.textContent,
      items: [...doc.querySelectorAll('item')].map((i) => ({
        title: i.querySelector('title')?.textContent,
        link: i.querySelector('link')?.textContent,
        date: i.querySelector('pubDate')?.textContent,
      })),
    };
  }, rss);
  expect(parsed).not.toBeNull();
  expect(parsed!.title).toContain('Intermestic');
  expect(parsed!.items.map((i) => i.title).sort()).toEqual(all.map((c) => c.title).sort());
  for (const item of parsed!.items) {
    expect(item.link).toMatch(new RegExp(`^${SITE}/[a-z-]+/$`));
    expect(Number.isNaN(Date.parse(item.date!))).toBe(false);
  }
});

test('each figure offers a citation with its own anchor and the chapter revision date', async ({ page }) => {
  await page.goto('/trade/');
  const fig = page.locator('#fig-us-mexico-trade');
  await fig.locator('.cite-figure summary').click();
  const chicago = fig.locator('.cite-figure pre[data-format="Chicago"]');
  await expect(chicago).toContainText('“Figure 3.1: U.S. goods trade with Mexico, 1993–2024. In Trade and USMCA');
  await expect(chicago).toContainText(`${SITE}/trade/#fig-us-mexico-trade`);
  await expect(chicago).toContainText(lastModified('trade'));
  await expect(fig.locator('.cite-figure pre[data-format="RIS"]')).toContainText('UR  - https://intermestic.org/trade/#fig-us-mexico-trade');
});
