/**
 * The English and Spanish editions: every page has its twin and back, the language switch lands on
 * the same section, no English interface text is left on a Spanish page, and the Spanish charts,
 * glossary, search, share pages, cards, feed and PDFs are in Spanish.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { htmlTags } from '../../src/lib/links/htmlTags';
import { isEmbed } from '../../src/i18n/routes';
import { builtPages, chapters, DIST, ROOT } from '../support/site';
import { readPdf, squash } from '../support/pdf';

const pages = builtPages();
const fileOf = (url: string) => path.join(DIST, url.endsWith('/') ? `${url}index.html` : url);
const tagsOf = (url: string) => htmlTags(fs.readFileSync(fileOf(url), 'utf8'));
const langOfUrl = (url: string) => (url.startsWith('/es/') ? 'es' : 'en');
const switchOf = (url: string) => tagsOf(url).find((t) => t.name === 'a' && t.attrs.has('data-lang-switch'));
const en = chapters('en');
const es = chapters('es');
const twinOf = (slug: string) => es.find((c) => c.translationOf === slug)!;
const SITE = 'https://intermestic.org';

test('both editions have the same number of pages', () => {
  const spanish = pages.filter((p) => langOfUrl(p) === 'es');
  expect(spanish.length).toBeGreaterThan(60);
  expect(spanish.length).toBe(pages.length - spanish.length);
});

test('every page names its language and links to its twin in the other edition, which links back', () => {
  for (const url of pages) {
    const tags = tagsOf(url);
    expect(tags.find((t) => t.name === 'html')?.attrs.get('lang'), `${url}: <html lang>`).toBe(langOfUrl(url));
    // An embed page is one figure inside another site's page: no site header, so no language switch.
    if (isEmbed(url)) continue;
    const twin = switchOf(url)?.attrs.get('href');
    expect(twin, `${url}: language switch`).toBeTruthy();
    expect(fs.existsSync(fileOf(twin!)), `${url}: its twin ${twin} is built`).toBe(true);
    expect(langOfUrl(twin!), `${url}: twin ${twin} is in the other language`).not.toBe(langOfUrl(url));
    expect(switchOf(twin!)?.attrs.get('href'), `${twin} links back to ${url}`).toBe(url);
  }
});

test('hreflang alternates name both editions and x-default on every indexable page that is its own canonical', () => {
  for (const url of pages) {
    const tags = tagsOf(url);
    const canonical = new URL(tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')!.attrs.get('href')!).pathname;
    const hasAlternates = tags.some((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'));
    if (tags.some((t) => t.name === 'meta' && t.attrs.get('name') === 'robots') || canonical !== url) {
      // A page that stands for another (embed pages) or stays out of search names no alternates.
      expect(hasAlternates, url).toBe(false);
      continue;
    }
    const alt = Object.fromEntries(
      tags
        .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'))
        .map((t) => [t.attrs.get('hreflang'), new URL(t.attrs.get('href')!).pathname]),
    );
    const twin = switchOf(url)!.attrs.get('href')!;
    const expected = langOfUrl(url) === 'en' ? { en: url, es: twin, 'x-default': url } : { en: twin, es: url, 'x-default': twin };
    expect(alt, url).toEqual(expected);
    const locale = tags.find((t) => t.name === 'meta' && t.attrs.get('property') === 'og:locale')?.attrs.get('content');
    expect(locale, url).toBe(langOfUrl(url) === 'es' ? 'es_MX' : 'en_US');
  }
});

test('the sitemap gives every page its alternate in the other edition', () => {
  const xml = fs.readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
  const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
  expect(entries.length).toBeGreaterThan(50);
  for (const [, loc, rest] of entries) {
    const url = new URL(loc!).pathname;
    const alt = Object.fromEntries(
      [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1], new URL(m[2]!).pathname]),
    );
    expect(alt[langOfUrl(url)], url).toBe(url);
    expect(alt[langOfUrl(url) === 'en' ? 'es' : 'en'], url).toBe(switchOf(url)!.attrs.get('href'));
  }
});

test('chapters are paired by key and every section maps to its twin section', () => {
  expect(es.map((c) => c.translationOf)).toEqual(en.map((c) => c.slug));
  for (const c of en) {
    const twin = twinOf(c.slug);
    const anchors = JSON.parse(switchOf(`/${c.slug}/`)!.attrs.get('data-anchors')!) as Record<string, string>;
    const back = JSON.parse(switchOf(`/es/${twin.slug}/`)!.attrs.get('data-anchors')!) as Record<string, string>;
    for (const s of c.sections) {
      const target = twin.sections.find((t) => t.key === s.id)!;
      expect(anchors[s.id], `${c.slug}#${s.id}`).toBe(target.id);
      expect(back[target.id], `es/${twin.slug}#${target.id}`).toBe(s.id);
    }
  }
});

test.describe('the language switch keeps the reader’s place', () => {
  test('from an English section to the same Spanish section, and back', async ({ page }) => {
    const c = en.find((x) => x.slug === 'migration')!;
    const twin = twinOf(c.slug);
    const section = c.sections[1]!;
    const target = twin.sections.find((s) => s.key === section.id)!;
    await page.goto(`/migration/#${section.id}`);
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(`/es/${twin.slug}/#${target.id}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator(`h2#${target.id}`)).toBeInViewport();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(`/migration/#${section.id}`);
    await expect(page.locator(`h2#${section.id}`)).toBeInViewport();
  });

  test('a figure anchor and the takeaways keep their place too', async ({ page }) => {
    await page.goto('/trade/#fig-top-partners');
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL('/es/comercio/#fig-top-partners');
    await page.goto('/es/comercio/#puntos-clave');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL('/trade/#takeaways');
  });

  test('without an anchor, the section being read is carried over', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const twin = twinOf('security');
    const section = twin.sections[3]!;
    await page.goto(`/es/${twin.slug}/`);
    // Well into the section, not at its edge, and at once (no smooth scrolling to race with).
    await page.locator(`h2#${section.id}`).evaluate((h) => window.scrollTo({ top: h.getBoundingClientRect().top + window.scrollY + 150, behavior: 'instant' }));
    await expect(page.locator(`.sidebar nav.toc a[href="#${section.id}"]`)).toHaveAttribute('aria-current', 'true');
    // A click event, not Playwright's click: before clicking, Playwright scrolls the target into view,
    // and for an element in a sticky header Chromium scrolls the page, which no reader's click does.
    await page.getByRole('link', { name: 'English', exact: true }).dispatchEvent('click');
    await expect(page).toHaveURL(`/security/#${section.key}`);
  });
});

test('the client scripts speak Spanish on a Spanish page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const twin = twinOf('migration');
  await page.goto(`/es/${twin.slug}/`);
  await page.locator(`h2#${twin.sections[0]!.id} [data-copy-link]`).click();
  await expect(page.locator('#announcer')).toHaveText('Enlace copiado');
  const chart = page.locator('figure#fig-encounters-by-type');
  const plot = chart.locator('.plot');
  await expect(plot).toHaveAttribute('aria-label', /gráfica interactiva/);
  await plot.focus();
  await page.keyboard.press('End');
  await expect(chart.locator('[data-live]')).toContainText('AF2024');
  await expect(chart.locator('.tooltip')).toContainText('Total:');
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox', { name: 'Buscar en el informe' });
  await input.fill('frontera');
  await expect(page.locator('.search-status')).toHaveText(/^\d+ resultados?$/);
});

test('Spanish charts: labels, figures and months in Spanish, from the same CSV', async ({ page }) => {
  const twin = twinOf('migration');
  await page.goto(`/es/${twin.slug}/`);
  const byType = page.locator('figure#fig-encounters-by-type');
  await expect(byType.locator('.fig-num')).toHaveText('Gráfica 2.2');
  await byType.getByRole('button', { name: 'Tabla' }).click();
  const row = byType.locator('tbody tr', { has: page.locator('th', { hasText: /^AF2021\b/ }) });
  await expect(row.locator('td').last()).toHaveText('1,734,686');
  await expect(byType.locator('thead')).toContainText('Patrulla Fronteriza: expulsiones del Título 42');
  const monthly = page.locator('figure.chart[data-dataset="sw-border-encounters-monthly"]');
  await expect(monthly.locator('table')).toContainText('septiembre de 2021');
  await expect(monthly.locator('.chart-source')).toContainText('Fuente:');
  const csv = await page.request.get((await byType.locator('a[download][href$=".csv"]').getAttribute('href')) ?? '');
  expect(await csv.text()).toBe(fs.readFileSync(path.join(ROOT, 'content/data/sw-border-encounters-by-type.csv'), 'utf8'));
});

test('the glossary is bilingual: each term in both languages, each with its own definition', () => {
  const dir = path.join(ROOT, 'content/glossary');
  const glossary = fs.readFileSync(fileOf('/glossary/'), 'utf8').replace(/\s+/g, ' ');
  const glosario = fs.readFileSync(fileOf('/es/glosario/'), 'utf8').replace(/\s+/g, ' ');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\s+/g, ' ').trim();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
    const a = parseYaml(fs.readFileSync(path.join(dir, f), 'utf8')) as { term: string; definition: string };
    const b = parseYaml(fs.readFileSync(path.join(ROOT, 'content/es/glossary', f), 'utf8')) as { term: string; definition: string };
    for (const [page, html] of [
      ['/glossary/', glossary],
      ['/es/glosario/', glosario],
    ] as const) {
      for (const s of [a.term, b.term, a.definition.slice(0, 60), b.definition.slice(0, 60)]) expect(html.includes(esc(s)), `${page}: ${f}: “${s}”`).toBe(true);
    }
  }
  // Each term's block holds its own name and the other language's name.
  const block = (html: string, id: string) => html.match(new RegExp(`<div id="${id}" class="term"[^>]*>(.*?)</dd>`))?.[1] ?? '';
  const tl42 = block(glossary, 'title-42');
  expect(/<dt[^>]*>Title 42<\/dt>/.test(tl42) && /<strong[^>]*>Título 42<\/strong>/.test(tl42), 'Title 42 / Título 42').toBe(true);
  const gn = block(glosario, 'guardia-nacional');
  expect(
    /<dt[^>]*>Guardia Nacional \(México\)<\/dt>/.test(gn) && /<strong[^>]*>National Guard \(Mexico\)<\/strong>/.test(gn),
    'Guardia Nacional / National Guard',
  ).toBe(true);
});

test('the Spanish landing page lists the Spanish chapters in order, each opening its page', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.locator('h1')).toHaveCount(1);
  const cards = page.locator('main ol.chapters > li');
  await expect(cards).toHaveCount(es.length);
  for (const [i, c] of es.entries()) {
    await expect(cards.nth(i).locator('h3')).toHaveText(c.title);
    await expect(cards.nth(i)).toContainText(`Capítulo ${i + 1} · `);
    await expect(cards.nth(i)).toContainText(/\d+ min de lectura/);
  }
  await cards.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(`/es/${es[1]!.slug}/`);
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toHaveText(es[2]!.title);
  await expect(page.locator('a[rel="prev"]')).toContainText('Capítulo anterior');
});

test('a missing Spanish address answers with the Spanish 404 page', async ({ page }) => {
  const response = await page.goto('/es/no-existe/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('main')).toContainText('el enlace que lo trajo aquí');
});

test('search keeps one index per language', async ({ page }) => {
  const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
  for (const [home, term, name] of [
    ['/es/', 'frontera', 'Buscar en el informe'],
    ['/', 'border', 'Search the briefing'],
  ] as const) {
    await page.goto(home);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name }).fill(term);
    const links = page.locator('.search-results a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(
      hrefs.every((h) => h.startsWith('/es/') === (home === '/es/')),
      `${home}: ${hrefs.join(' ')}`,
    ).toBe(true);
  }
});

test('Spanish share pages forward to the Spanish section and carry its Spanish card', async ({ page, request }) => {
  const twin = twinOf('migration');
  const s = twin.sections[1]!;
  const html = fs.readFileSync(fileOf(`/es/${twin.slug}/s/${s.id}/`), 'utf8');
  expect(html).toContain(`<meta property="og:image" content="${SITE}/og/es/${twin.slug}/${s.id}.png"`);
  expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0; url=/es/${twin.slug}/#${s.id}"`));
  const png = await (await request.get(`/og/es/${twin.slug}/${s.id}.png`)).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  await page.goto(`/es/${twin.slug}/s/${s.id}/`);
  await expect(page).toHaveURL(`/es/${twin.slug}/#${s.id}`);
});

test('the Spanish feed lists the Spanish chapters', async ({ request }) => {
  const xml = await (await request.get('/es/rss.xml')).text();
  expect(xml).toContain('<language>es-mx</language>');
  // The channel's own link is the Spanish home page, not the English one.
  expect(new URL(xml.match(/<channel>[\s\S]*?<link>([^<]+)<\/link>/)![1]!).pathname).toBe('/es/');
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname).sort();
  expect(links).toEqual(es.map((c) => `/es/${c.slug}/`).sort());
  for (const c of es) expect(xml).toContain(c.title);
});

for (const c of es) {
  test(`es/pdf/${c.slug}.pdf: the Spanish chapter, with Spanish headings, folios and dates`, async () => {
    const pdf = await readPdf(path.join(DIST, 'es/pdf', `${c.slug}.pdf`));
    expect(String(pdf.info.Title ?? '')).toContain(c.title);
    const outline = pdf.outline.map((o) => squash(o.title));
    expect(outline[0]).toBe(squash(c.title));
    for (const s of c.sections) expect(outline, s.heading).toContain(squash(s.heading));
    expect(outline).toContain('Notas');
    const text = squash(pdf.text.join('\n'));
    expect(text).toMatch(new RegExp(`Página 1 de ${pdf.pages}\\b`));
    expect(text).toMatch(/Impreso \d{1,2} de [a-z]+ de \d{4}/);
    expect(text).toContain('Cómo citar este capítulo');
    expect(text).not.toMatch(/\bPage \d+ of\b|\bLast reviewed\b|\bPrinted\b/);
  });
}

test('es/pdf/intermestic-informe.pdf: the whole briefing in Spanish, contents with page numbers', async () => {
  const pdf = await readPdf(path.join(DIST, 'es/pdf/intermestic-informe.pdf'));
  const outline = pdf.outline.map((o) => squash(o.title));
  for (const c of es) expect(outline, c.title).toContain(squash(c.title));
  const contents = squash(pdf.text[1]!);
  expect(contents).toContain('Índice');
  for (const c of es)
    expect(contents).toMatch(
      new RegExp(
        `${squash(c.title)
          .slice(0, 20)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*?\\d+`,
      ),
    );
  expect(squash(pdf.text.join('\n'))).not.toMatch(/\bPage \d+ of\b/);
});
