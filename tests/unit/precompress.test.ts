/**
 * The build's precompressed copies (src/tools/precompress.ts): which Brotli quality each kind of file
 * gets, that every copy decompresses to the file, and that a second run takes them from the cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliParams, precompress } from '../../src/tools/precompress';

const page = Buffer.from(
  `<!doctype html><html lang="en"><head><title>Trade</title></head><body><main><h1>Trade</h1>${'<p>Text of the chapter.</p>'.repeat(200)}</main></body></html>`,
);
const redirect = Buffer.from(
  '<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="0; url=/trade/#usmca"><title>USMCA</title></head><body></body></html>',
);

describe('Brotli quality by what the file is for', () => {
  it('spends quality 10 on what readers load to read: pages, stylesheets, scripts', () => {
    for (const file of ['dist/trade/index.html', 'dist/_astro/site.css', 'dist/_astro/island.js', 'dist/manifest.webmanifest'])
      expect(brotliParams(file, page), file).toEqual({ quality: 10, lgwin: 22 });
  });

  it('uses quality 9, with a window fitted to the file, for share pages that forward at once and for downloads, feeds and fonts', () => {
    expect(brotliParams('dist/trade/s/usmca/index.html', redirect)).toEqual({ quality: 9, lgwin: 16 });
    for (const file of ['dist/charts/trade/top.svg', 'dist/data/trade.csv', 'dist/pagefind/pagefind-entry.json', 'dist/rss.xml', 'dist/fonts/a.ttf'])
      expect(brotliParams(file, page).quality, file).toBe(9);
    expect(brotliParams('dist/fonts/a.ttf', Buffer.alloc(330_000)).lgwin).toBe(19);
    expect(brotliParams('dist/big.svg', Buffer.alloc(50_000_000)).lgwin).toBe(24);
  });
});

describe('precompress', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  const cache = path.join(dir, 'cache');
  const site = path.join(dir, 'dist');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz copies that decompress to each text file, and reuses them from the cache', async () => {
    fs.mkdirSync(path.join(site, 'trade/s/usmca'), { recursive: true });
    fs.writeFileSync(path.join(site, 'trade/index.html'), page);
    fs.writeFileSync(path.join(site, 'trade/s/usmca/index.html'), redirect);
    fs.writeFileSync(path.join(site, 'card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const first = await precompress(site, cache);
    expect([first.files, first.made, first.reused]).toEqual([2, 4, 0]);
    for (const file of ['trade/index.html', 'trade/s/usmca/index.html']) {
      const original = fs.readFileSync(path.join(site, file));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(site, `${file}.br`))).equals(original)).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(site, `${file}.gz`))).equals(original)).toBe(true);
    }
    expect(fs.existsSync(path.join(site, 'card.png.br'))).toBe(false);
    const second = await precompress(site, cache);
    expect([second.made, second.reused]).toEqual([0, 4]);
  });
});
