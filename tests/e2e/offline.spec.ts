/**
 * Offline reading in the browser: a saved chapter opens offline from its own address with its text,
 * figures, tables, notes and glossary; an unsaved address shows the offline page in its language;
 * Remove removes; and a new build refreshes what is saved and says so once.
 *
 * Each test serves the site itself, on a port of its own (its own origin, so its own service
 * worker). Going offline sets the browser context offline and also makes the server drop every
 * connection: Chromium's offline emulation does not reach a service worker's own requests, and a
 * server that answers nothing proves that what the reader sees comes from the saved copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { serve } from '../../src/tools/serve';
import { cacheName, REGISTRY_CACHE, REGISTRY_KEY } from '../../src/lib/offline/cacheKeys';
import { DIST } from '../support/site';

/** Serves `dir` on a free port; `offline(context, true)` cuts the reader off, as a dead connection would. */
async function ownSite(dir = DIST) {
  let offline = false;
  const { server, origin } = await serve(dir, 0);
  server.on('connection', (socket) => offline && socket.destroy());
  return {
    origin,
    offline: async (context: BrowserContext, value: boolean) => {
      offline = value;
      if (value) server.closeAllConnections();
      await context.setOffline(value);
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** What the page shows of a chapter: the counts the saved copy must match. */
const chapterParts = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!;
    return {
      text: main.querySelector<HTMLElement>('.prose')!.innerText.length,
      figures: [...main.querySelectorAll('figure.chart')].filter(
        (f) => f.querySelector('svg.chart-svg .marks path, svg.chart-svg .marks rect') && f.querySelector('table'),
      ).length,
      tables: main.querySelectorAll('table').length,
      notes: [...main.querySelectorAll<HTMLAnchorElement>('[data-footnote-ref]')].filter((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
        .length,
      terms: [...new Set([...main.querySelectorAll<HTMLAnchorElement>('a.term')].map((a) => a.pathname + a.hash))],
    };
  });

const savedCaches = (page: Page) => page.evaluate(() => caches.keys());

test('a saved chapter reads offline; unsaved pages show the offline page in their language; Remove removes it', async ({ page, context }) => {
  const site = await ownSite();
  try {
    // A figure's view lives in the query; the saved page answers it too.
    const address = `${site.origin}/trade/?us-mexico-trade.view=table#fig-us-mexico-trade`;
    await page.goto(address);
    const online = await chapterParts(page);
    expect(online.figures, 'figures with a drawn chart and a table').toBeGreaterThan(0);
    expect(online.notes).toBeGreaterThan(0);
    expect(online.terms.length).toBeGreaterThan(0);

    const control = page.locator('.offline-control');
    await control.getByRole('button', { name: 'Save for offline' }).click();
    await expect(control.getByText('Saved for offline')).toBeVisible();
    await expect(control.getByRole('button', { name: 'Remove' })).toBeFocused();
    await expect(page.locator('#announcer')).toHaveText('Saved for offline');

    await site.offline(context, true);
    await test.step('the chapter, from its own address and with a figure’s view in the query', async () => {
      await page.goto(address);
      expect(await chapterParts(page)).toEqual(online);
      await expect(page.locator('#fig-us-mexico-trade table')).toBeVisible();
      // Its styles and scripts came too: the page is laid out and the chart island ran.
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.offline-control')!).display)).toBe('grid');
      await expect(page.locator('.offline-control').getByText('Saved for offline')).toBeVisible();
    });
    await test.step('the figures’ SVG and CSV files and the PDF', async () => {
      const files = await page.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll<HTMLAnchorElement>('main a[download]')].map(
            async (a) => [a.pathname, (await fetch(a.href).catch(() => undefined))?.ok ?? false] as const,
          ),
        ),
      );
      const wanted = files.filter(([p]) => !p.endsWith('.png'));
      expect(wanted.length).toBeGreaterThan(3);
      expect(wanted.filter(([, ok]) => !ok)).toEqual([]);
    });
    await test.step('search says it needs the network', async () => {
      await page.locator('[data-search-open]').click();
      await page.keyboard.type('USMCA');
      await expect(page.locator('.search-status')).toHaveText('Search needs a network connection: its index is not saved for offline reading.');
      await page.keyboard.press('Escape');
    });
    await test.step('every glossary link’s target', async () => {
      await page.goto(`${site.origin}/glossary/`);
      const missing = await page.evaluate(
        (ids) => ids.filter((id) => !document.getElementById(id)),
        online.terms.map((t) => t.split('#')[1]!),
      );
      expect(missing).toEqual([]);
    });
    await test.step('an unsaved page: the offline page, listing what is saved', async () => {
      await page.goto(`${site.origin}/migration/`);
      await expect(page.locator('h1')).toHaveText('Offline reading');
      await expect(page.locator('[data-offline-missing]')).toBeVisible();
      await expect(page.locator('[data-offline-list] a')).toHaveText(['Trade and USMCA: a rebound under new rules']);
    });
    await test.step('in Spanish, for a Spanish address', async () => {
      await page.goto(`${site.origin}/es/migracion/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.locator('h1')).toHaveText('Lectura sin conexión');
      await expect(page.locator('[data-offline-missing]')).toHaveText('No hay conexión y esta página no está guardada en este dispositivo.');
    });
    await test.step('Remove, offline: the list empties, and caches and worker are gone', async () => {
      await page.getByRole('button', { name: 'Quitar Trade and USMCA: a rebound under new rules' }).click();
      await expect(page.locator('[data-offline-empty]')).toBeVisible();
      await expect(page.locator('[data-offline-list]')).toBeHidden();
      await expect(page.locator('#announcer')).toHaveText('Se quitó de este dispositivo');
      expect(await savedCaches(page)).toEqual([]);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    });
  } finally {
    await site.close();
  }
});

/**
 * A second build, without building: the same files, but /sw.js carries another build id and one
 * chapter says something new. The server's folder is switched to it, as a deploy would.
 */
function nextBuild(root: string, chapter: string, from: string, to: string): string {
  const next = path.join(root, 'next');
  fs.mkdirSync(next);
  for (const entry of fs.readdirSync(DIST)) if (!entry.startsWith('sw.js') && entry !== chapter) fs.symlinkSync(path.join(DIST, entry), path.join(next, entry));
  fs.cpSync(path.join(DIST, chapter), path.join(next, chapter), { recursive: true });
  // The precompressed copies would still say the old thing: the server sends the edited file itself.
  for (const ext of ['br', 'gz']) fs.rmSync(path.join(next, chapter, `index.html.${ext}`));
  const page = path.join(next, chapter, 'index.html');
  const html = fs.readFileSync(page, 'utf8');
  expect(html).toContain(from);
  fs.writeFileSync(page, html.replace(from, to));
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  fs.writeFileSync(path.join(next, 'sw.js'), sw.replace(/"build":"\w+"/, '"build":"next-build"'));
  return next;
}

test('a new build refreshes saved chapters and tells the reader once', async ({ page, context }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-offline-'));
  const served = path.join(root, 'site');
  fs.symlinkSync(DIST, served);
  const site = await ownSite(served);
  try {
    await page.goto(`${site.origin}/overview/`);
    const title = (await page.locator('h1').textContent())!;
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.locator('.offline-control').getByText('Saved for offline')).toBeVisible();
    const [first] = await savedCaches(page).then((names) => names.filter((n) => n !== REGISTRY_CACHE));

    // Deploy: the folder the server reads is switched to the next build in one step.
    fs.symlinkSync(nextBuild(root, 'overview', `${title}</h1>`, 'The relationship, revised</h1>'), `${served}.new`);
    fs.renameSync(`${served}.new`, served);

    // Online, the saved copy opens at once; the browser fetches the new /sw.js, which saves afresh and says so.
    await page.reload();
    await expect(page.locator('h1')).toHaveText(title);
    const notice = page.locator('.offline-notice');
    await expect(notice).toContainText('your saved chapters have been brought up to date', { timeout: 20_000 });
    await expect(page.locator('#announcer')).toHaveText(/brought up to date/);
    expect(await savedCaches(page)).toEqual(expect.arrayContaining([REGISTRY_CACHE, cacheName('next-build')]));
    expect(await savedCaches(page)).not.toContain(first);

    // Told once: the page has told the worker, and the next page says nothing.
    const updated = () =>
      page.evaluate(async (key) => (await (await caches.match(key.url, { cacheName: key.cache }))!.json()).updated, {
        url: REGISTRY_KEY,
        cache: REGISTRY_CACHE,
      });
    await expect.poll(updated).toBe(false);
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toHaveCount(0);

    await site.offline(context, true);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('The relationship, revised');
    await expect(page.locator('.offline-notice')).toHaveCount(0);
  } finally {
    await site.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the whole briefing, saved from the Spanish home page, reads offline chapter by chapter', async ({ page, context }) => {
  const site = await ownSite();
  try {
    await page.goto(`${site.origin}/es/`);
    const control = page.locator('.offline-control');
    await control.getByRole('button', { name: 'Guardar todo el informe para leer sin conexión' }).click();
    await expect(control.getByText('Informe completo guardado para leer sin conexión')).toBeVisible({ timeout: 20_000 });

    await site.offline(context, true);
    await page.goto(`${site.origin}/es/migracion/`);
    await expect(page.locator('h1')).toHaveText(/^Migración/);
    await expect(page.locator('.offline-control').getByText('Guardado para leer sin conexión')).toBeVisible();
    // Removing one chapter keeps the rest, the home page with it; the briefing is no longer whole.
    await page.locator('.offline-control').getByRole('button', { name: 'Quitar' }).click();
    await expect(page.locator('.offline-control').getByRole('button', { name: 'Guardar para leer sin conexión' })).toBeFocused();
    await page.goto(`${site.origin}/es/`);
    await expect(control.getByRole('button', { name: 'Guardar todo el informe para leer sin conexión' })).toBeVisible();
    await page.goto(`${site.origin}/es/comercio/`);
    await expect(page.locator('h1')).toHaveText(/^Comercio/);
    await page.goto(`${site.origin}/es/migracion/`);
    await expect(page.locator('h1')).toHaveText('Lectura sin conexión');
  } finally {
    await site.close();
  }
});
