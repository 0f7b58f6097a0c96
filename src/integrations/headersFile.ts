/**
 * Writes dist/_headers from the pages Astro built (its route list, not the files): framing is
 * refused on every page but the embed pages, and the service worker is revalidated like the pages
 * (src/lib/security/headersFile.ts).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMBED_DIR, LANGS, SITE_FILES, base } from '../i18n/locales.ts';
import { headersFile as rules } from '../lib/security/headersFile.ts';

export default function headersFile(): AstroIntegration {
  return {
    name: 'intermestic:headers-file',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const paths = pages.map((p) => `/${p.pathname}`.replace(/\/+/g, '/'));
        const embedDirs = LANGS.map((lang) => `${base(lang)}/${EMBED_DIR[lang]}/`);
        fs.writeFileSync(fileURLToPath(new URL('_headers', dir)), rules(paths, embedDirs, [SITE_FILES.serviceWorker]));
      },
    },
  };
}
