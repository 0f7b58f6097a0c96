/**
 * Sitemap entries from the built pages themselves: a page that asks not to be indexed (404, share
 * stubs, print editions) is left out, and every other entry carries the language alternates its
 * <head> declares (`<xhtml:link hreflang>`). Astro's sitemap i18n option assumes mirrored paths
 * (/x and /es/x), which the Spanish slugs are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { scanTags } from '../lib/links/scanHtml.ts';

export function sitemapEntry(distDir: string) {
  return (item: SitemapItem): SitemapItem | undefined => {
    const pathname = decodeURIComponent(new URL(item.url).pathname);
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!fs.existsSync(file)) return item;
    const tags = scanTags(fs.readFileSync(file, 'utf8'));
    if (tags.some((t) => t.name === 'meta' && t.attrs.get('name') === 'robots' && /noindex/.test(t.attrs.get('content') ?? ''))) return undefined;
    const links = tags
      .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'))
      .map((t) => ({ lang: t.attrs.get('hreflang')!, url: t.attrs.get('href')! }));
    return links.length ? { ...item, links } : item;
  };
}
