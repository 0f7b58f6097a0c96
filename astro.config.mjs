// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkSections from './src/lib/markdown/remarkSections.ts';
import remarkCitations from './src/lib/markdown/remarkCitations.ts';
import remarkCharts from './src/lib/markdown/remarkCharts.ts';
import remarkFootnoteRefs from './src/lib/markdown/remarkFootnoteRefs.ts';
import remarkGlossaryLinks from './src/lib/markdown/remarkGlossaryLinks.ts';
import remarkReadingTime from './src/lib/markdown/remarkReadingTime.ts';
import rehypeExternalLinks from './src/lib/markdown/rehypeExternalLinks.ts';
import rehypeHeadingLinks from './src/lib/markdown/rehypeHeadingLinks.ts';
import rehypeFootnotesLang from './src/lib/markdown/rehypeFootnotesLang.ts';
import linkCheck from './src/integrations/linkCheck.ts';
import contentChecks from './src/integrations/contentChecks.ts';
import notFoundPages from './src/integrations/notFoundPages.ts';
import headersFile from './src/integrations/headersFile.ts';
import imageCache from './src/integrations/imageCache.ts';
import bundleRecord from './src/integrations/bundleRecord.ts';
import { JS_FLAG_HASH } from './src/lib/security/jsFlag.ts';
import { sitemapEntry } from './src/integrations/sitemapEntry.ts';

/** The public address, set once: canonical URLs, social cards, sitemap and feed all derive from it. */
const site = process.env.SITE_URL ?? 'https://intermestic.org';

/**
 * Content-Security-Policy, delivered by Astro as a <meta http-equiv> on every page together with
 * hashes of the page's own inline scripts and styles: nothing loads from another origin and no
 * inline script or style attribute runs unless Astro hashed it. `<script type="application/json">`
 * chart data is not executed, so the policy does not apply to it. Pagefind compiles its
 * WebAssembly inside its own worker (worker-src 'self'), so script-src needs no 'wasm-unsafe-eval'.
 * frame-ancestors cannot be set from a <meta> (browsers ignore it and warn), so it lives in
 * public/_headers.
 * @type {Exclude<NonNullable<import('astro').AstroUserConfig['security']>['csp'], boolean | undefined>}
 */
const csp = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // The site's own inline script (the <html class="js"> flag); Astro hashes the scripts it bundles.
  scriptDirective: { hashes: [JS_FLAG_HASH] },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  compressHTML: true,
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Pages render a few at a time, so the main thread renders HTML while the PNGs they need are drawn on
    // worker threads (src/lib/social/drawPng.ts).
    concurrency: 4,
  },
  // One stylesheet for the whole site: fewer requests on every page, and cached once across pages.
  vite: { build: { cssCodeSplit: false } },
  // English at the root, Spanish under /es/ with its own slugs (src/pages/es/); see src/i18n/locales.ts.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkSections, remarkCitations, remarkFootnoteRefs, remarkCharts, remarkGlossaryLinks, remarkReadingTime],
      rehypePlugins: [rehypeExternalLinks, rehypeHeadingLinks, rehypeFootnotesLang],
      // The footnote heading and back-link names are set in each chapter's language by rehypeFootnotesLang.
      remarkRehype: { footnoteLabelTagName: 'h2', footnoteLabelProperties: {} },
    }),
  },
  integrations: [contentChecks(), bundleRecord(), mdx(), sitemap({ serialize: sitemapEntry }), notFoundPages(['es']), headersFile(), imageCache(), linkCheck()],
  // linkCheck stays last: it checks the finished dist/, including what the integrations before it wrote.
  security: { csp },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
