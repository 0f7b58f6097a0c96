/**
 * Runs the link checker over the finished build, so a broken internal link or #anchor stops
 * `astro build` with the page and the link named, instead of reaching readers. Register it last in
 * astro.config.mjs: integrations' build:done hooks run in order, and files other integrations
 * write then (sitemap, search index) must exist before they are checked.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatBroken } from './checkLinks.ts';

export default function linkCheck(): AstroIntegration {
  let site = '';
  return {
    name: 'intermestic:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('intermestic:link-check needs `site` in astro.config.mjs to tell same-site URLs from external ones');
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = checkLinks(fileURLToPath(dir), site);
        if (report.broken.length > 0) {
          throw new Error(`${report.broken.length} broken internal link(s) in the build:\n${formatBroken(report.broken)}`);
        }
        logger.info(`${report.checked} internal links and anchors on ${report.pages} pages resolve; ${report.external.length} external links listed, not fetched`);
      },
    },
  };
}
