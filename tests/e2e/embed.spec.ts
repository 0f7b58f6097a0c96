/**
 * Another site frames a figure: served from a second local port (another origin), a host page
 * with the embed code shows the chart and its table, and its frame follows the figure's height; the
 * same host framing a chapter page is refused by the site's headers (dist/_headers, applied by
 * src/tools/serve.ts as a static host would).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { embedSnippet, EMBED_HEIGHT } from '../../src/lib/charts/embedSnippet';

test('a figure can be framed by another site, with its table and a fitting height; a chapter cannot', async ({ page, baseURL }) => {
  const embed = `${baseURL}/embed/trade/us-mexico-trade/`;
  const html = `<!doctype html><html lang="en"><title>A newsroom story</title><body><h1>Story</h1>${embedSnippet(embed, 'Figure 3.1')}<iframe id="chapter" src="${baseURL}/trade/" title="chapter"></iframe></body></html>`;
  const host = http.createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const figure = page.frameLocator('iframe[src$="/embed/trade/us-mexico-trade/"]');
    await expect(figure.locator('figure#fig-us-mexico-trade svg.chart-svg.narrow')).toBeVisible();
    await expect(figure.locator('.chart-table')).toHaveCount(1);
    await figure.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(figure.locator('.chart-table')).toBeVisible();
    await expect(figure.getByRole('link', { name: /See it in context/ })).toHaveAttribute('href', '/trade/#fig-us-mexico-trade');
    // The optional script sizes the frame to the figure: at 360 px the narrow layout and table are taller than the default.
    await expect
      .poll(async () => page.locator('iframe[src$="/embed/trade/us-mexico-trade/"]').evaluate((f) => f.getBoundingClientRect().height))
      .not.toBe(EMBED_HEIGHT);
    // The chapter page refuses to be framed: the frame never shows it.
    const chapter = await page.locator('#chapter').elementHandle();
    await expect.poll(async () => (await chapter!.contentFrame())?.url()).not.toContain('/trade/');
  } finally {
    host.close();
  }
});
