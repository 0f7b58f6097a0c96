/**
 * A content-addressed cache for the PNGs the build draws (social cards, figure downloads): the file
 * name is the SHA-256 of everything that decides the pixels — the SVG, the width, the renderer's
 * version and the font files — so an unchanged image is read back instead of drawn again, and any
 * change to its drawing, words or data draws it afresh. It lives in Astro's cache folder
 * (`cacheDir`, node_modules/.astro by default; a fresh `npm ci` clears it), so a copy of the project
 * built with its own cacheDir (the broken-copy build tests) never prunes another build's images.
 *
 * Reading, writing and pruning are src/lib/cache/fileCache.ts; src/integrations/imageCache.ts prunes
 * at the end of a build and reports what was drawn and reused.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { cachedFile, pruneUnused, type CacheTally } from '../cache/fileCache.ts';

const DIR = Symbol.for('intermestic.pngCache.dir');
const TALLY = Symbol.for('intermestic.pngCache.tally');
type Globals = { [DIR]?: string; [TALLY]?: CacheTally };

/** Where the cache lives: set from Astro's cacheDir by the integration (imageCache.ts) before pages render. */
export function pngCacheDir(): string {
  return (globalThis as Globals)[DIR] ?? path.resolve('node_modules/.astro/intermestic-png');
}
export function setPngCacheDir(dir: string): void {
  (globalThis as Globals)[DIR] = dir;
}

/**
 * One tally per build process. Astro runs the page code and the integrations from separately bundled
 * copies of the modules, so the count (and the folder) is kept on a global symbol both copies reach.
 */
export function pngCacheTally(): CacheTally {
  return ((globalThis as Globals)[TALLY] ??= { made: 0, reused: 0 });
}

/** The cache key: a hash of every input that decides the image's bytes. */
export const pngCacheKey = (parts: (string | number)[]): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${String(p).length}:${p};`);
  return hash.digest('hex');
};

/** The cached PNG for `key`, or what `draw` makes (then stored). */
export const cachedPng = (key: string, draw: () => Promise<Buffer>, dir = pngCacheDir()): Promise<Buffer> =>
  cachedFile(dir, `${key}.png`, draw, pngCacheTally());

/** Deletes entries not used since `since` (ms); returns how many were deleted. */
export const prunePngCache = (since: number, dir = pngCacheDir()): number => pruneUnused(dir, since);
