/**
 * The PNG cache's bookkeeping at the end of a build (src/lib/social/pngCache.ts): reports how many
 * images were drawn and how many came from the cache (in Astro's cacheDir), and deletes entries no build has used since
 * this one started, so the cache holds what the site draws now and does not grow without end.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pngCacheTally, prunePngCache, setPngCacheDir } from '../lib/social/pngCache.ts';

export default function imageCache(): AstroIntegration {
  let started = Date.now();
  return {
    name: 'intermestic:image-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        setPngCacheDir(fileURLToPath(new URL('intermestic-png/', config.cacheDir)));
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const { made: drawn, reused } = pngCacheTally();
        const pruned = prunePngCache(started);
        logger.info(`images: ${drawn} drawn, ${reused} from the cache${pruned ? `, ${pruned} unused entries removed` : ''}`);
      },
    },
  };
}
