/**
 * Writes dist/_headers from the pages Astro built (its route list, not the files): framing is
 * refused on every page but the embed pages; files at fixed addresses (the service worker, PDFs,
 * figure files, cards, feeds, sitemaps) are revalidated like the pages, and content-hashed ones
 * (Vite's /_astro/, Pagefind's index and fragments) are kept (src/lib/security/headersFile.ts).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMBED_DIR, LANGS, PAGES, SITE_FILES, base, figureFileDir } from '../i18n/locales.ts';
import { headersFile as rules } from '../lib/security/headersFile.ts';

export default function headersFile(): AstroIntegration {
  return {
    name: 'intermestic:headers-file',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'));
        const embedDirs = LANGS.map((lang) => `${base(lang)}/${EMBED_DIR[lang]}/`);
        const fixed = [
          SITE_FILES.serviceWorker,
          SITE_FILES.favicon,
          '/robots.txt',
          // @astrojs/sitemap's files: sitemap-index.xml and sitemap-0.xml, -1… for large sites.
          '/sitemap-*',
          // Cards, from src/pages/og/.
          '/og/*',
          ...LANGS.flatMap((lang) => [PAGES.rss[lang], `${PAGES.pdf[lang]}*`, `${figureFileDir(lang)}*`]),
          // Pagefind names its index and fragment files by their content (below); its loader, entry file,
          // interface and WebAssembly keep their names.
          '/pagefind/pagefind*',
          '/pagefind/wasm.*',
        ];
        const hashed = ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*'];
        fs.writeFileSync(fileURLToPath(new URL('_headers', dir)), rules(paths, embedDirs, fixed, hashed));
      },
    },
  };
}
