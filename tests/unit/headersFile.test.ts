import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, parseHeadersFile } from '../../src/lib/security/headersFile';
import { embedSnippet, EMBED_HEIGHT } from '../../src/lib/charts/embedSnippet';

describe('_headers', () => {
  const rules = parseHeadersFile(
    headersFile(
      ['/', '/trade/', '/trade/s/economic-tie/', '/404/', '/es/', '/es/comercio/', '/embed/trade/us-mexico-trade/', '/es/insertar/comercio/us-mexico-trade/'],
      ['/embed/', '/es/insertar/'],
      ['/sw.js'],
    ),
  );
  it('refuses framing on every page but the embed pages, by path', () => {
    for (const p of ['/', '/index.html', '/trade/', '/trade/index.html', '/trade/s/economic-tie/', '/404.html', '/es/', '/es/comercio/']) {
      expect(headersFor(rules, p).get('x-frame-options'), p).toBe('DENY');
      expect(headersFor(rules, p).get('content-security-policy'), p).toMatch(/^frame-ancestors 'none'/);
    }
    for (const p of ['/embed/trade/us-mexico-trade/', '/es/insertar/comercio/us-mexico-trade/']) {
      expect(headersFor(rules, p).has('x-frame-options'), p).toBe(false);
      expect(headersFor(rules, p).get('content-security-policy'), p).toMatch(/^frame-ancestors \*/);
    }
  });
  it('keeps hashed assets a year and has pages revalidated', () => {
    expect(headersFor(rules, '/_astro/Chart.B1x2.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/trade/', '/es/comercio/', '/embed/trade/us-mexico-trade/'])
      expect(headersFor(rules, p).get('cache-control'), p).toBe('public, max-age=0, must-revalidate');
  });
  it('has the service worker revalidated, never kept, so a new build reaches saved chapters', () => {
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(headersFor(rules, '/sw.js').get('x-content-type-options')).toBe('nosniff');
  });
  it('keeps content-hashed files and revalidates files at fixed addresses, each under exactly one Cache-Control', () => {
    const site = parseHeadersFile(
      headersFile(
        ['/', '/trade/', '/es/comercio/'],
        ['/embed/'],
        ['/sw.js', '/pdf/*', '/charts/*', '/og/*', '/rss.xml'],
        ['/_astro/*', '/pagefind/fragment/*'],
      ),
    );
    expect(headersFor(site, '/pagefind/fragment/en_2df14a7.pf_fragment').get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/pdf/trade.pdf', '/charts/trade/us-mexico-trade.png', '/og/es/comercio.png', '/rss.xml'])
      expect(headersFor(site, p).get('cache-control'), p).toBe('public, max-age=0, must-revalidate');
  });
  it('gives every path the common headers, and matches * across slashes', () => {
    expect(headersFor(rules, '/_astro/x.js').get('x-content-type-options')).toBe('nosniff');
    expect(headersFor(parseHeadersFile('/a/*\n  X: 1\n'), '/a/b/c').get('x')).toBe('1');
    expect(headersFor(parseHeadersFile('/a/*\n  X: 1\n'), '/ab').has('x')).toBe(false);
  });
});

describe('embed code', () => {
  const code = embedSnippet('https://intermestic.org/embed/trade/us-mexico-trade/', 'Figure 3.1: U.S. goods trade with Mexico, "1993–2024"');
  it('frames the embed page with a title, a documented height and no border', () => {
    expect(code).toContain('<iframe src="https://intermestic.org/embed/trade/us-mexico-trade/"');
    expect(code).toContain(`height="${EMBED_HEIGHT}"`);
    expect(code).toContain('title="Figure 3.1: U.S. goods trade with Mexico, &quot;1993–2024&quot;"');
  });
  it('resizes only on messages from the site itself', () => {
    expect(code).toContain('e.origin!=="https://intermestic.org"');
    expect(code).toContain('intermestic:height');
  });
});
