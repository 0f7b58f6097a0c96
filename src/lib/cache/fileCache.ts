/**
 * A folder of files named by what they were made from (a content hash in the name), shared by the
 * build's expensive outputs: PNGs (src/lib/social/pngCache.ts), the cut-down drawing fonts
 * (src/lib/social/drawingFonts.ts) and precompressed copies
 * (src/tools/precompress.ts). A hit is read back and touched; a miss is made and written atomically
 * (temporary file, then rename), so builds side by side can share a folder; at the end, entries no
 * run has touched since it started are removed, so the folder holds what the site makes now.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CacheTally {
  made: number;
  reused: number;
}

/** The cached file `name` in `dir`, or what `make` makes (then stored). */
export async function cachedFile(dir: string, name: string, make: () => Promise<Buffer>, tally: CacheTally): Promise<Buffer> {
  const file = path.join(dir, name);
  try {
    const data = fs.readFileSync(file);
    const now = new Date();
    fs.utimesSync(file, now, now);
    tally.reused++;
    return data;
  } catch {
    // Not cached (or removed by another build's clean-up between our look and our read): make it.
  }
  const data = await make();
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  tally.made++;
  return data;
}

/**
 * The file system stamps times from a coarser clock than Date.now() (the kernel's tick), so a file
 * written just after a run started can carry a time a few milliseconds before it.
 */
const CLOCK_SLACK_MS = 1000;

/** Deletes entries not used since `since` (ms since the epoch); returns how many were deleted. */
export function pruneUnused(dir: string, since: number): number {
  if (!fs.existsSync(dir)) return 0;
  since -= CLOCK_SLACK_MS;
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
