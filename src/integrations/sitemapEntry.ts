/**
 * Sitemap entries from the route data (src/i18n/routes.ts), never from the built pages: a page that
 * stands in for another (share pages, embed pages) or serves no reader from a search (404, offline) is left out, and every other entry carries
 * its language alternates. Astro's sitemap i18n option assumes mirrored paths (/x and /es/x), which
 * the Spanish slugs are not.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { isListed, twinPath } from '../i18n/routes.ts';
import { langOf, LOCALE } from '../i18n/locales.ts';

export function sitemapEntry(item: SitemapItem): SitemapItem | undefined {
  const url = new URL(item.url);
  const pathname = decodeURIComponent(url.pathname);
  if (!isListed(pathname)) return undefined;
  const twin = twinPath(pathname);
  if (!twin) return item;
  const lang = langOf(pathname);
  const self = { lang: LOCALE[lang].slice(0, 2), url: url.href };
  const other = { lang: LOCALE[lang === 'en' ? 'es' : 'en'].slice(0, 2), url: new URL(twin, url).href };
  return { ...item, links: lang === 'en' ? [self, other] : [other, self] };
}
