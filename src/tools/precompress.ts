/**
 * `npm run build` ends here: writes a Brotli (.br) and a gzip (.gz) copy beside every text file in
 * dist/ (HTML, CSS, JS, JSON, SVG, XML, CSV, text, Pagefind's index, the print fonts), for hosts
 * that serve precompressed files as they are (nginx gzip_static, Caddy precompressed, the local server in
 * serve.ts). Runs after Pagefind so its files are included.
 *
 * Cost, measured on this site: Brotli's quality 11 took 2–3.5× as long as quality 10 (the print
 * edition: 844 ms against 250 ms) for files 1.5–2.5 % smaller, and compression was half of a large
 * build's time, so pages use quality 10, and files readers fetch rarely quality 9 (brotliParams);
 * gzip stays at level 9 (cheap). Files are compressed on
 * libuv's thread pool (every core), and each result is kept in a content-addressed cache
 * (node_modules/.cache/intermestic-precompress, or $PRECOMPRESS_CACHE): a rebuild compresses only
 * files whose bytes changed. Entries this run did not use are removed at the end.
 *
 * Usage: node src/tools/precompress.ts [dir]
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { cachedFile, pruneUnused } from '../lib/cache/fileCache.ts';

/**
 * Extensions worth compressing: text, and TrueType fonts (the print faces, src/styles/print-fonts.css,
 * a quarter to a third of their size in Brotli). Images, WOFF2 fonts, PDFs and Pagefind's binary chunks are
 * compressed already.
 */
export const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt', '.webmanifest', '.ttf']);

const GZIP_LEVEL = 9;

/** What a reader loads to read: a page that is not a redirect, its stylesheet and scripts. */
const READ = new Set(['.html', '.css', '.js', '.mjs', '.webmanifest']);

/**
 * Brotli settings for one file. Quality 10 where readers pay for every byte on each visit: pages,
 * stylesheets, scripts. Quality 9 for the rest — share pages, which forward the reader at once
 * (`<meta http-equiv="refresh">`), figure and data downloads, feeds and sitemaps, Pagefind's index,
 * the print fonts. Measured on this site's files, quality 9 is 3 to 40 times faster (a share page
 * 0.2 ms against 3.5 ms; the print fonts 0.19 s against 1.96 s) for files 8–11 % larger. At 9 the
 * window is fitted to the file: the default 4 MB window costs about 3 ms to set up, more than a small
 * file takes to compress, and a window as large as the file loses nothing.
 */
export function brotliParams(file: string, data: Buffer): { quality: number; lgwin: number } {
  const read = READ.has(path.extname(file)) && !(file.endsWith('.html') && data.includes('http-equiv="refresh"'));
  if (read) return { quality: 10, lgwin: 22 };
  return { quality: 9, lgwin: Math.min(24, Math.max(16, Math.ceil(Math.log2(data.length + 1)))) };
}
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (TEXT_EXTENSIONS.has(path.extname(entry.name))) yield p;
  }
}

export async function precompress(dir: string, cacheDir = process.env.PRECOMPRESS_CACHE ?? path.resolve('node_modules/.cache/intermestic-precompress')) {
  const started = Date.now();
  fs.mkdirSync(cacheDir, { recursive: true });
  const total = { files: 0, bytes: 0, br: 0, gz: 0, made: 0, reused: 0 };
  const queue = [...files(dir)];
  const one = async (file: string) => {
    const data = fs.readFileSync(file);
    const hash = createHash('sha256').update(data).digest('hex');
    const { quality, lgwin } = brotliParams(file, data);
    const br = await cachedFile(
      cacheDir,
      `${hash}.q${quality}w${lgwin}.br`,
      () =>
        brotli(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
            [zlib.constants.BROTLI_PARAM_LGWIN]: lgwin,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
      total,
    );
    const gz = await cachedFile(cacheDir, `${hash}.l${GZIP_LEVEL}.gz`, () => gzip(data, { level: GZIP_LEVEL }), total);
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    total.files++;
    total.bytes += data.length;
    total.br += br.length;
    total.gz += gz.length;
  };
  // Brotli and gzip run on libuv's thread pool; each file also reads, hashes and writes on this
  // thread between its two jobs. With one file in flight per core, a core sat idle during that part:
  // with one per pool thread (4 unless UV_THREADPOOL_SIZE says otherwise) the pool always has work.
  // On the 200-chapter copy, compressing 104 MB took 15.4 s instead of 17.4.
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await one(file);
  };
  const inFlight = Math.max(os.availableParallelism(), Number(process.env.UV_THREADPOOL_SIZE) || 4);
  await Promise.all(Array.from({ length: inFlight }, worker));
  const pruned = pruneUnused(cacheDir, started);
  return { ...total, pruned };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const t = await precompress(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `precompress: ${t.files} text files, ${kb(t.bytes)} → ${kb(t.br)} brotli, ${kb(t.gz)} gzip (${t.made} compressed, ${t.reused} from the cache${t.pruned ? `, ${t.pruned} unused entries removed` : ''}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
