/**
 * `npm run build` ends here: writes a Brotli (.br) and a gzip (.gz) copy beside every text file in
 * dist/ (HTML, CSS, JS, JSON, SVG, XML, CSV, text, Pagefind's index, the print fonts), at the highest
 * levels, for hosts that serve precompressed files as they are (nginx gzip_static, Caddy precompressed, the local
 * server in serve.ts). Runs after Pagefind so its files are included. Usage: node src/tools/precompress.ts [dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Extensions worth compressing: text, and TrueType fonts (the print faces, src/styles/print-fonts.css,
 * a quarter to a third of their size in Brotli). Images, WOFF2 fonts, PDFs and Pagefind's binary chunks are
 * compressed already.
 */
export const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt', '.webmanifest', '.ttf']);

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (TEXT_EXTENSIONS.has(path.extname(entry.name))) yield p;
  }
}

export function precompress(dir: string): { files: number; bytes: number; br: number; gz: number } {
  const total = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const file of files(dir)) {
    const data = fs.readFileSync(file);
    const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    const gz = zlib.gzipSync(data, { level: 9 });
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, gz);
    total.files++;
    total.bytes += data.length;
    total.br += br.length;
    total.gz += gz.length;
  }
  return total;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  const t = precompress(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`precompress: ${t.files} text files, ${kb(t.bytes)} → ${kb(t.br)} brotli, ${kb(t.gz)} gzip`);
}
