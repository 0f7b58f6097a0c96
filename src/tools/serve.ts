/**
 * A minimal static server for dist/, as a static host serves it: index.html for a folder, the
 * headers dist/_headers gives each path (framing, CSP, caching), a precompressed .br or .gz copy when
 * the browser accepts it, and, with status 404, the nearest 404.html
 * up the tree (/es/404.html for a miss under /es/). Used by the PDF
 * build and the browser tests; `astro preview` allows one instance per project, which they cannot share.
 * Usage: node src/tools/serve.ts [port] [dir]
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from '../lib/security/headersFile.ts';
import { TEXT_EXTENSIONS as TEXT } from './precompress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Serves `root` on 127.0.0.1; port 0 picks a free one. Resolves with the listening server and its origin. */
export function serve(root: string, port = 0): Promise<{ server: http.Server; origin: string }> {
  const dir = path.resolve(root);
  const rulesFile = path.join(dir, '_headers');
  const rules = fs.existsSync(rulesFile) ? parseHeadersFile(fs.readFileSync(rulesFile, 'utf8')) : [];
  const server = http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(dir, pathname);
    if (file !== dir && !file.startsWith(dir + path.sep)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      const local = path.join(dir, pathname.split('/')[1] ?? '', '404.html');
      file = pathname.startsWith('/es/') && fs.existsSync(local) ? local : path.join(dir, '404.html');
      if (!fs.existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    // A precompressed sibling (src/tools/precompress.ts), when the browser takes that encoding, as hosts serve it.
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = (['br', 'gzip'] as const).find((e) => accepts.includes(e) && fs.existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`));
    res.writeHead(status, {
      ...Object.fromEntries(headersFor(rules, pathname)),
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(TEXT.has(path.extname(file)) ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    fs.createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 4399);
  const root = path.resolve(process.argv[3] ?? 'dist');
  void serve(root, port).then(({ origin }) => console.log(`serving ${root} at ${origin}/`));
}
