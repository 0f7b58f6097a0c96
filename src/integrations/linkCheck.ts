/**
 * Runs the link checker over the finished build, so a broken internal link or #anchor stops
 * `astro build` with the page and the link named, instead of reaching readers. Register it last in
 * astro.config.mjs: integrations' build:done hooks run in order, and files other integrations
 * write then (sitemap, search index) must exist before they are checked.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatBroken, htmlFiles } from '../lib/links/checkLinks.ts';
import { readPagesInParallel } from '../lib/links/readPagesInParallel.ts';
import { pdfFiles, pdfsAvailable } from '../lib/print/pdfDocuments.ts';

/** Paths a later step promises to write: the PDFs on every paper, when the build found a Chromium to print them. */
const promisedPdfs = () => new Set(pdfsAvailable() ? pdfFiles() : []);

export default function linkCheck(options: { pending?: () => ReadonlySet<string> } = {}): AstroIntegration {
  let site = '';
  return {
    name: 'intermestic:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('intermestic:link-check needs `site` in astro.config.mjs to tell same-site URLs from external ones');
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = await readPagesInParallel(htmlFiles(dist).map(([, file]) => file));
        // The PDFs come later (npm run build:pdf), which fails if it does not write every one of them.
        const report = checkLinks(dist, site, { pending: (options.pending ?? promisedPdfs)(), pages });
        if (report.broken.length > 0) {
          throw new Error(`${report.broken.length} broken internal link(s) in the build:\n${formatBroken(report.broken)}`);
        }
        logger.info(
          `${report.checked} internal links and anchors on ${report.pages} pages resolve; ${report.external.length} external links listed, not fetched`,
        );
      },
    },
  };
}
