import { expect, test } from '@playwright/test';
import { chapters } from '../support/site';

for (const c of chapters()) {
  test(`${c.slug}: sections have unique anchors and every footnote resolves`, async ({ page }) => {
    await page.goto(`/${c.slug}/`);
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

  test(`${c.slug}: every citation lands on its source and every glossary link on its term`, async ({ page }) => {
    await page.goto(`/${c.slug}/`);
    const cited = await page.locator('a.citation').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(new Set(cited.map((h) => h.split('#')[1]))).toEqual(new Set(c.sources));
    const terms = await page.locator('a.term').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    await page.goto('/sources/');
    for (const href of new Set(cited)) await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
    if (terms.length) {
      await page.goto('/glossary/');
      for (const href of terms) await expect(page.locator(`#${href.split('#')[1]} dt`)).toBeVisible();
    }
  });
}
