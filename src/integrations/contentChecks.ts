/**
 * Runs the cross-collection checks (src/lib/content/checks.ts) once the content loaders have filled
 * the index and before any page is built, so a broken reference stops `astro build` naming the file
 * and field, with nothing half-built. In `astro dev` the same problems are logged.
 */
import type { AstroIntegration } from 'astro';
import { contentIndex } from '../lib/content/contentIndex.ts';
import { checkContent } from '../lib/content/checks.ts';

export default function contentChecks(): AstroIntegration {
  return {
    name: 'intermestic:content-checks',
    hooks: {
      'astro:build:start': () => {
        const problems = checkContent(contentIndex());
        if (problems.length) throw new Error(`The content does not hold together:\n${problems.join('\n')}`);
      },
      'astro:server:start': ({ logger }) => {
        try {
          for (const p of checkContent(contentIndex())) logger.error(p);
        } catch (err) {
          logger.warn((err as Error).message);
        }
      },
    },
  };
}
