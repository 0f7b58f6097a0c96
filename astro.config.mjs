// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkSections from './src/lib/markdown/remarkSections.ts';
import remarkCitations from './src/lib/markdown/remarkCitations.ts';
import remarkCharts from './src/lib/markdown/remarkCharts.ts';
import remarkGlossaryLinks from './src/lib/markdown/remarkGlossaryLinks.ts';
import remarkReadingTime from './src/lib/markdown/remarkReadingTime.ts';
import rehypeExternalLinks from './src/lib/markdown/rehypeExternalLinks.ts';

/** The public address, set once: canonical URLs, social cards, sitemap and feed all derive from it. */
const site = process.env.SITE_URL ?? 'https://intermestic.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkSections, remarkCitations, remarkCharts, remarkGlossaryLinks, remarkReadingTime],
      rehypePlugins: [rehypeExternalLinks],
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelTagName: 'h2', footnoteLabelProperties: {}, footnoteBackLabel: (i) => `Back to reference ${i + 1}` },
    }),
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') })],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
