/**
 * A content-addressed cache for the PNGs the build draws (social cards, figure downloads): the file
 * name is the SHA-256 of everything that decides the pixels — the SVG, the width, the renderer's
 * version and the font files — so an unchanged image is read back instead of drawn again, and any
 * change to its drawing, words or data draws it afresh. It lives in Astro's cache folder
 * (`cacheDir`, node_modules/.astro by default; a fresh `npm ci` clears it), so a copy of the project
 * built with its own cacheDir (the broken-copy build tests) never prunes another build's images.
 *
 * Entries are written atomically (temporary file, then rename), so builds running side by side can
 * share it. Every entry this build uses is touched; src/integrations/imageCache.ts deletes, at the
 * end of a build, entries no build has used since it started, and reports what was drawn and reused.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const DIR = Symbol.for('intermestic.pngCache.dir');
const TALLY = Symbol.for('intermestic.pngCache.tally');
type Globals = { [DIR]?: string; [TALLY]?: PngCacheTally };

/** Where the cache lives: set from Astro's cacheDir by the integration (imageCache.ts) before pages render. */
export function pngCacheDir(): string {
  return (globalThis as Globals)[DIR] ?? path.resolve('node_modules/.astro/intermestic-png');
}
export function setPngCacheDir(dir: string): void {
  (globalThis as Globals)[DIR] = dir;
}

export interface PngCacheTally {
  drawn: number;
  reused: number;
}

/**
 * One tally per build process. Astro runs the page code and the integrations from separately bundled
 * copies of the modules, so the count (and the folder) is kept on a global symbol both copies reach.
 */
export function pngCacheTally(): PngCacheTally {
  return ((globalThis as Globals)[TALLY] ??= { drawn: 0, reused: 0 });
}

/** The cache key: a hash of every input that decides the image's bytes. */
export const pngCacheKey = (parts: (string | number)[]): string => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(`${String(p).length}:${p};`);
  return hash.digest('hex');
};

/** The cached PNG for `key`, or what `draw` makes (then stored). */
export async function cachedPng(key: string, draw: () => Promise<Buffer>, dir = pngCacheDir()): Promise<Buffer> {
  const file = path.join(dir, `${key}.png`);
  const tally = pngCacheTally();
  try {
    const png = fs.readFileSync(file);
    const now = new Date();
    fs.utimesSync(file, now, now);
    tally.reused++;
    return png;
  } catch {
    // Not cached (or removed by another build's clean-up between our look and our read): draw it.
  }
  const png = await draw();
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, png);
  fs.renameSync(tmp, file);
  tally.drawn++;
  return png;
}

/** Deletes entries not used since `since` (ms); returns how many were deleted. */
export function prunePngCache(since: number, dir = pngCacheDir()): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (fs.statSync(file).mtimeMs < since) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already (another build pruned it).
    }
  }
  return removed;
}
