/**
 * Draws SVG to PNG on worker threads, one per core. Drawing is resvg (parse, lay out text, rasterise)
 * and encoding is libvips (sharp). Done on the build's main thread, the parts that are synchronous
 * there (resvg's PNG encoder, copying the pixels out, collecting the large buffers) held up every
 * page behind every image: a 1,000-chapter build drew ~16,000 images that way. On workers the main
 * thread only posts the SVG and receives the PNG.
 *
 * The worker is a short script evaluated from this string (as in links/readPagesInParallel.ts), so it
 * needs no file of its own in Astro's bundle; the packages it loads are resolved here.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface DrawOptions {
  /** Font files resvg may use (no system fonts), and the family for text that names none. */
  fontFiles: string[];
  /**
   * Files for drawings that `needed` says `fontFiles` do not cover (drawingFonts.ts: cut-down files
   * first, the complete ones for other characters).
   */
  fallback?: { fontFiles: string[]; needed: (svg: string) => boolean };
  defaultFontFamily: string;
  /** An opaque colour under every drawing (`#rrggbb`): the PNGs have no transparency. */
  background: string;
  /** libvips PNG settings. */
  png: { compressionLevel: number; adaptiveFiltering: boolean };
}

/**
 * Worker side. Every drawing is laid on an opaque background colour, so every pixel comes out opaque:
 * resvg's premultiplied RGBA is then the same as straight RGBA, and the image is written as RGB, since
 * its alpha channel would say nothing (the file is about a tenth smaller and quicker to encode). The
 * site's drawings paint their own background first, so the colour only shows where a drawing leaves
 * the canvas uncovered; no pixel has to be checked.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
const sharp = require(workerData.sharp);
const { fontFiles, fallbackFontFiles, defaultFontFamily, background, png } = workerData.options;
parentPort.on('message', async ({ id, svg, width, fallback }) => {
  try {
    const font = { fontFiles: fallback ? fallbackFontFiles : fontFiles, loadSystemFonts: false, defaultFontFamily };
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font, background }).render();
    const out = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(png).toBuffer();
    parentPort.postMessage({ id, png: out });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack ? error.stack : error) });
  }
});
`;

interface Pending {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Drawer {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Set when the worker has failed; it takes no more drawings. */
  failed?: Error;
}

const require = createRequire(import.meta.url);

function start(options: DrawOptions): Drawer[] {
  // libvips must stay loaded in the main thread while workers use it, or glibc unloads it under
  // them when one exits (sharp's documentation on worker threads).
  require('sharp');
  const { fontFiles, fallback, defaultFontFamily, background, png } = options;
  const workerData = {
    resvg: require.resolve('@resvg/resvg-js'),
    sharp: require.resolve('sharp'),
    options: { fontFiles, fallbackFontFiles: fallback?.fontFiles, defaultFontFamily, background, png },
  };
  return Array.from({ length: Math.max(1, os.availableParallelism()) }, () => {
    const drawer: Drawer = { worker: new Worker(WORKER, { eval: true, workerData }), pending: new Map() };
    // An idle worker must not keep the build's process alive; a busy one must.
    drawer.worker.unref();
    drawer.worker.on('message', (m: { id: number; png?: Uint8Array; error?: string }) => {
      const job = drawer.pending.get(m.id)!;
      drawer.pending.delete(m.id);
      if (drawer.pending.size === 0) drawer.worker.unref();
      if (m.error !== undefined) job.reject(new Error(`drawing a PNG failed: ${m.error}`));
      else job.resolve(Buffer.from(m.png!.buffer, m.png!.byteOffset, m.png!.byteLength));
    });
    // A worker that fails is dropped: its jobs fail with the reason, and later drawings go to the others.
    drawer.worker.on('error', (error) => {
      drawer.failed = error;
      for (const job of drawer.pending.values()) job.reject(error);
      drawer.pending.clear();
    });
    return drawer;
  });
}

/**
 * A function that draws `svg` `width` pixels wide as PNG bytes, on the least busy of one worker per
 * core; the workers start at the first drawing.
 */
export function pngDrawer(options: DrawOptions): (svg: string, width: number) => Promise<Buffer> {
  if (!/^#[0-9a-f]{6}$/i.test(options.background))
    throw new Error(`drawing PNGs: the background must be an opaque #rrggbb colour, not "${options.background}"`);
  let drawers: Drawer[] | undefined;
  let nextId = 0;
  return (svg, width) => {
    drawers ??= start(options);
    const working = drawers.filter((d) => !d.failed);
    if (!working.length) return Promise.reject(new Error(`drawing a PNG failed: every drawing worker stopped (${drawers[0]!.failed!.message})`));
    const drawer = working.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      if (drawer.pending.size === 0) drawer.worker.ref();
      drawer.pending.set(id, { resolve, reject });
      drawer.worker.postMessage({ id, svg, width, fallback: options.fallback?.needed(svg) ?? false });
    });
  };
}
