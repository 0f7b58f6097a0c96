import { expect, test } from '@playwright/test';
import { chapters } from '../support/site';

/** Both editions: where their chapters, sources and glossary live. */
const EDITIONS = [
  { lang: 'en', base: '', sources: '/sources/', glossary: '/glossary/' },
  { lang: 'es', base: '/es', sources: '/es/fuentes/', glossary: '/es/glosario/' },
] as const;

for (const edition of EDITIONS) {
  for (const c of chapters(edition.lang)) {
    const url = `${edition.base}/${c.slug}/`;

    test(`${url}: sections have unique anchors and every footnote resolves`, async ({ page }) => {
      await page.goto(url);
      const ids = await page.locator('.prose h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
      const sectionIds = ids.filter((id) => id !== 'footnote-label');
      expect(sectionIds).toEqual(c.sections.map((s) => s.id));
      expect(sectionIds.length).toBeGreaterThanOrEqual(3);
      const allIds = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(new Set(allIds).size).toBe(allIds.length);
      const refs = await page.locator('a[data-footnote-ref]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(refs.length).toBeGreaterThan(0);
      for (const href of refs) await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
      const backs = await page.locator('a[data-footnote-backref]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of backs) await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    });

    test(`${url}: every citation lands on its source and every glossary link on its term, in the same edition`, async ({ page }) => {
      await page.goto(url);
      const cited = await page.locator('a.citation').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(new Set(cited.map((h) => h.split('#')[1]))).toEqual(new Set(c.sources));
      expect(
        cited.every((h) => h.startsWith(`${edition.sources}#`)),
        'citations link to this edition’s sources page',
      ).toBe(true);
      const terms = await page.locator('a.term').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
      expect(
        terms.every((h) => h.startsWith(`${edition.glossary}#`)),
        'terms link to this edition’s glossary',
      ).toBe(true);
      await page.goto(edition.sources);
      for (const href of new Set(cited)) await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
      if (terms.length) {
        await page.goto(edition.glossary);
        for (const href of terms) await expect(page.locator(`#${href.split('#')[1]} dt`)).toBeVisible();
      }
    });
  }
}
