/**
 * Quality gates over every page the build wrote (dist/, not a hand-kept list): accessibility
 * (axe, WCAG 2.1 A and AA, light and dark), keyboard and focus, layout at phone and desktop
 * widths, content without JavaScript, reduced motion, the Content-Security-Policy, links and
 * HTML validity. Pages are visited with one browser page per worker, reused across tests, so the
 * whole file stays within a few minutes however many pages the site grows.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page } from '@playwright/test';
import { htmlTags } from '../../src/lib/links/htmlTags';
import { isEmbed } from '../../src/i18n/routes';
import { SITE_FILES } from '../../src/i18n/locales';
import { builtPages, DIST } from '../support/site';
import {
  contentWithoutScripts,
  focusState,
  horizontalOverflow,
  keyboardTargets,
  readerText,
  recordCspViolations,
  recordLayoutShifts,
  runningMotion,
  smallTapTargets,
} from '../support/quality';
import { englishIn } from '../support/english';

/**
 * Every page of both editions, except where many pages share one template and differ only in their
 * words or list: embed pages, section and figure share pages, topic pages and pillar pages are audited through the first of
 * each kind per edition. The static checks over dist/ (tests/static/) still cover every page.
 */
const TEMPLATES = [
  /^(\/(?:embed|es\/insertar)\/)[^/]+\/[^/]+\/$/,
  /^(\/(?:es\/)?)[^/]+\/s\/[^/]+\/$/,
  /^(\/(?:es\/)?)[^/]+\/f\/[^/]+\/$/,
  /^(\/(?:es\/)?(?:topics|temas)\/)[^/]+\/$/,
  /^(\/(?:es\/)?(?:pillars|pilares)\/)[^/]+\/$/,
];
const pages = builtPages().filter((url, _, all) => {
  const template = TEMPLATES.find((re) => re.test(url));
  return !template || all.find((u) => template.test(u) && u.match(template)![1] === url.match(template)![1]) === url;
});
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The WCAG 2.1 AA axe rules whose outcome depends on colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Enough Tab presses to pass every link on the longest page (the whole briefing for print). */
const MAX_TABS = 800;

/** The dist file behind a page URL. */
const fileOf = (url: string) => path.join(DIST, url.endsWith('/') ? `${url}index.html` : url);
const REFRESH = /<meta http-equiv="refresh"[^>]*>/i;

/**
 * Share pages are stubs that forward to a chapter section with <meta http-equiv="refresh">. To
 * test the stub itself rather than the chapter, the browser is served the same file without the
 * refresh (the link checker checks where it points).
 */
async function openPage(page: Page, url: string): Promise<void> {
  const html = fs.readFileSync(fileOf(url), 'utf8');
  const stub = REFRESH.test(html);
  // Every request for the stub gets the copy without the refresh until the page has loaded (a
  // route used only once let a second request through to the real page, which then forwarded).
  if (stub) await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace(REFRESH, '') }));
  // 'load' waits for every stylesheet and module script; nothing else is fetched until a reader
  // acts (Pagefind loads when search opens), so waiting for network silence would only add time.
  try {
    await page.goto(url, { waitUntil: 'load' });
  } finally {
    if (stub) await page.unroute(url);
  }
}

interface Worker {
  context: BrowserContext;
  page: Page;
  noScript: Page;
}

/** Per worker: one page with scripts, recording CSP violations from the first byte, and one with scripts off. */
const test = base.extend<{ shared: Page; noScript: Page }, { worker: Worker }>({
  worker: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const context = await browser.newContext({ baseURL });
      await context.addInitScript(recordCspViolations);
      await context.addInitScript(recordLayoutShifts);
      const off = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: VIEWPORTS[1] });
      await use({ context, page: await context.newPage(), noScript: await off.newPage() });
      await context.close();
      await off.close();
    },
    { scope: 'worker' },
  ],
  shared: async ({ worker }, use) => {
    const { page } = worker;
    await page.setViewportSize(VIEWPORTS[1]!);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await use(page);
  },
  noScript: async ({ worker }, use) => use(worker.noScript),
});

test.describe.configure({ mode: 'parallel' });

test('the suite sees the whole site', () => {
  // The page list comes from dist/: chapters, their share pages, topics, pillars and the rest.
  expect(pages.length).toBeGreaterThanOrEqual(20);
  expect(pages).toContain('/');
  expect(pages).toContain('/404.html');
  expect(pages).toContain('/es/404.html');
  expect(pages.filter((p) => p.startsWith('/es/')).length).toBe(pages.filter((p) => !p.startsWith('/es/')).length);
});

for (const url of pages) {
  test.describe(url, () => {
    // Long pages (the whole briefing for print) take longer to audit than a chapter.
    const budget = 45_000 + Math.round(fs.statSync(fileOf(url)).size / 1024) * 400;

    test('axe finds no WCAG 2.1 A or AA violation, in light and dark colour schemes', async ({ shared: page }) => {
      test.setTimeout(budget);
      await openPage(page, url);
      for (const colorScheme of ['light', 'dark'] as const) {
        await test.step(`${colorScheme} scheme`, async () => {
          await page.emulateMedia({ colorScheme });
          // The scheme changes colours only, so the dark pass runs the rules that read colours;
          // the light pass runs every WCAG 2.1 A and AA rule. Legacy mode runs axe in the page
          // itself (the site has no frames) instead of opening a helper page for every run.
          const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
          const { violations } = await (colorScheme === 'light' ? axe.withTags(WCAG_21_AA) : axe.withRules(COLOUR_RULES)).analyze();
          const lines = violations.flatMap((v) =>
            v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
          );
          expect.soft(lines, `axe violations (${colorScheme})`).toEqual([]);
        });
      }
    });

    test('keyboard, Content-Security-Policy, layout at two widths, reduced motion', async ({ shared: page }) => {
      test.setTimeout(budget);
      const origin = new URL(test.info().project.use.baseURL!).origin;
      const foreign: string[] = [];
      const own: string[] = [];
      const failed: string[] = [];
      const onRequest = (r: { url(): string }) => {
        const u = new URL(r.url());
        if (/^(https?|wss?):$/.test(u.protocol) && u.origin !== origin) foreign.push(r.url());
        else own.push(u.pathname);
      };
      const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => failed.push(`${r.url()}: ${r.failure()?.errorText}`);
      const logged: string[] = [];
      const onConsole = (m: ConsoleMessage) => {
        if (m.type() === 'error' || m.type() === 'warning') logged.push(`${m.type()}: ${m.text()}`);
      };
      const onPageError = (e: Error) => logged.push(`uncaught: ${e.message}`);
      const onResponse = (r: { status(): number; url(): string }) => {
        if (r.status() >= 400 && !r.url().endsWith('/404.html')) failed.push(`HTTP ${r.status()} ${r.url()}`);
      };
      page.on('request', onRequest);
      page.on('requestfailed', onFailed);
      page.on('console', onConsole);
      page.on('pageerror', onPageError);
      page.on('response', onResponse);
      try {
        await openPage(page, url);

        await test.step('first visit: no service worker, no request besides the page and its files (offline reading waits for the reader to ask)', async () => {
          expect.soft(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.map((w) => w.scope))), 'registrations').toEqual([]);
          expect
            .soft(
              page
                .context()
                .serviceWorkers()
                .map((w) => w.url()),
              'running service workers',
            )
            .toEqual([]);
          const subresource = (p: string) => p.startsWith('/_astro/') || p === SITE_FILES.favicon || p === SITE_FILES.runningHeads;
          expect
            .soft(
              own.filter((p) => p !== url && !subresource(p)),
              'requests besides the page, its styles, scripts and icon',
            )
            .toEqual([]);
        });

        await test.step('no layout shift while the page loads and its scripts run', async () => {
          expect.soft(await page.evaluate(() => window.__layoutShift), 'cumulative layout shift').toBe(0);
        });

        await test.step('keyboard: the skip link comes first, every control and chart is reached, focus is always visible', async () => {
          // Instant scrolling, so each focused element is already scrolled into view when measured.
          await page.emulateMedia({ reducedMotion: 'reduce' });
          const targets = await page.evaluate(keyboardTargets);
          await page.keyboard.press('Tab');
          let state = await page.evaluate(focusState);
          // An embed page is one figure with nothing to skip: its first stop is the figure's first control.
          if (!isEmbed(url)) expect(state.key, 'the first Tab stop').toContain('skip-link');
          const reached = new Set<string>();
          const invisible: string[] = [];
          for (let i = 0; i < MAX_TABS && !state.isBody; i++) {
            if (!state.visible || !state.ring) invisible.push(`${state.key}: ${state.visible ? 'no focus ring' : 'off screen or hidden'}`);
            if (state.mark !== null) reached.add(state.mark);
            await page.keyboard.press('Tab');
            state = await page.evaluate(focusState);
          }
          expect.soft(invisible, 'focused elements whose focus a reader cannot see').toEqual([]);
          const missed = targets.filter((t) => !reached.has(t.match(/\[(\d+)\]/)![1]!));
          expect.soft(missed, `controls and charts the Tab key never reaches in ${MAX_TABS} presses`).toEqual([]);
          await page.emulateMedia({ reducedMotion: 'no-preference' });
        });

        await test.step('Content-Security-Policy: present as a meta tag, nothing violates it, nothing leaves the origin', async () => {
          await expect(page.locator('meta[http-equiv="content-security-policy" i]')).toHaveCount(1);
          expect.soft(await page.evaluate(() => window.__cspViolations), 'CSP violations').toEqual([]);
          expect.soft(foreign, 'requests to other origins').toEqual([]);
          expect.soft(failed, 'failed requests').toEqual([]);
          expect.soft(logged, 'console errors and warnings').toEqual([]);
        });

        if (url.startsWith('/es/')) {
          await test.step('Spanish page: no English interface words, with its scripts running', async () => {
            expect.soft(englishIn(await page.evaluate(readerText)), 'English interface text on a Spanish page').toEqual([]);
          });
        }

        await test.step('reduced motion: no transitions or animations, no smooth scrolling', async () => {
          await page.emulateMedia({ reducedMotion: 'reduce' });
          expect.soft(await page.evaluate(runningMotion), 'elements still animating').toEqual([]);
          expect.soft(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
          await page.emulateMedia({ reducedMotion: 'no-preference' });
        });

        for (const viewport of VIEWPORTS) {
          await test.step(`${viewport.width}x${viewport.height}: no sideways scrolling, tap targets at least 24x24`, async () => {
            await page.setViewportSize(viewport);
            expect.soft(await page.evaluate(horizontalOverflow), 'pixels of horizontal scroll').toBeLessThanOrEqual(0);
            expect.soft(await page.evaluate(smallTapTargets, 'body'), 'tap targets under 24x24').toEqual([]);
            // The contents menu is closed on load; its links are tap targets too, and it must fit.
            // Open, its panel covers the page, so only the header's own targets are compared.
            await page.evaluate(() => document.querySelectorAll('header details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
            expect.soft(await page.evaluate(horizontalOverflow), 'pixels of horizontal scroll, menu open').toBeLessThanOrEqual(0);
            expect.soft(await page.evaluate(smallTapTargets, 'body > header'), 'tap targets under 24x24, menu open').toEqual([]);
            await page.evaluate(() => document.querySelectorAll('header details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
          });
        }
      } finally {
        page.off('request', onRequest);
        page.off('requestfailed', onFailed);
        page.off('console', onConsole);
        page.off('pageerror', onPageError);
        page.off('response', onResponse);
      }
    });

    test('without JavaScript: text, tables and charts are all there and visible', async ({ noScript: page }) => {
      await openPage(page, url);
      await expect(page.locator('h1')).toBeVisible();
      const c = await page.evaluate(contentWithoutScripts);
      expect(c.textLength, 'characters of text in <main>').toBeGreaterThan(0);
      expect(c.hidden, 'content hidden until a script runs').toEqual([]);
      expect(c.chartsDrawn, 'charts whose SVG is drawn and visible').toBe(c.charts);
      // The same counts the static file holds: nothing is left for a script to add.
      const html = fs.readFileSync(fileOf(url), 'utf8');
      const tags = htmlTags(html);
      expect(c.tables).toBe(tags.filter((t) => t.name === 'table').length);
      expect(c.charts).toBe(tags.filter((t) => t.name === 'figure' && /\bchart\b/.test(t.attrs.get('class') ?? '')).length);
    });
  });
}

test('the violation listener works: an injected inline script is blocked and reported', async ({ shared: page }) => {
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return new Promise<boolean>((resolve) => setTimeout(() => resolve('__injected' in window), 100));
  });
  expect(ran, 'the inline script ran').toBe(false);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
});

test('the axe checks report what they are shown: low-contrast text fails in each scheme', async ({ shared: page }) => {
  // Guards the per-page axe tests against passing vacuously (wrong tags, rules or scheme).
  await page.goto('/');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'faint';
    p.textContent = 'Faint text that no reader should have to squint at.';
    p.style.color = 'rgb(160 160 160)'; // CSSOM, which the CSP allows; about 2.5:1 on either background
    p.style.background = 'rgb(230 230 230)';
    document.querySelector('main')!.append(p);
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page }).setLegacyMode(true).include('#faint');
    const { violations } = await (colorScheme === 'light' ? axe.withTags(WCAG_21_AA) : axe.withRules(COLOUR_RULES)).analyze();
    expect(
      violations.map((v) => v.id),
      colorScheme,
    ).toEqual(['color-contrast']);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('search works under the CSP (Pagefind, its worker and its index load from the site itself)', async ({ shared: page }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const foreign: string[] = [];
  const onRequest = (r: { url(): string }) => {
    if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== origin) foreign.push(r.url());
  };
  page.on('request', onRequest);
  try {
    await page.goto('/');
    await page.locator('[data-search-open]').click();
    await page.keyboard.type('USMCA');
    await expect(page.locator('.search-results li').first()).toBeVisible({ timeout: 15_000 });
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    page.off('request', onRequest);
  }
});

test('the reduced-motion check sees motion, and the site stops it when asked', async ({ shared: page }) => {
  // Shows the per-page motion check can fail: a transition added through the CSSOM (allowed by
  // the CSP, unlike an inline <style>) is reported until the reader asks for reduced motion.
  await page.goto('/');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.skip-link { transition: top 0.3s ease; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  expect(await page.evaluate(runningMotion)).toEqual([expect.stringContaining('a.skip-link: transition 0.3s')]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(runningMotion)).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
});

test('the layout-shift check sees a shift when content is pushed down after paint', async ({ page }) => {
  await page.addInitScript(recordLayoutShifts);
  await page.goto('/trade/');
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '200px';
    document.querySelector('main')!.prepend(block);
  });
  await expect.poll(() => page.evaluate(() => window.__layoutShift)).toBeGreaterThan(0);
});
