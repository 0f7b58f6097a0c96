/**
 * Astro writes src/pages/es/404.astro as dist/es/404/index.html; static hosts look for the nearest
 * `404.html` up the tree (dist/es/404.html for a miss under /es/). This moves it there after the
 * build, before the link check runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function notFoundPages(prefixes: string[]): AstroIntegration {
  return {
    name: 'intermestic:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const prefix of prefixes) {
          const from = path.join(fileURLToPath(dir), prefix, '404', 'index.html');
          if (!fs.existsSync(from))
            throw new Error(
              `intermestic:not-found-pages: no ${path.join(prefix, '404', 'index.html')} in the build (expected from src/pages/${prefix}/404.astro)`,
            );
          fs.renameSync(from, path.join(fileURLToPath(dir), prefix, '404.html'));
          fs.rmdirSync(path.dirname(from));
        }
      },
    },
  };
}
