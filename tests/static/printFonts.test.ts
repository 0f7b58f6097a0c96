/**
 * The print faces as built (src/styles/print-fonts.css): every @font-face in the site's stylesheets
 * is inside @media print, and so is every rule that names a print family, so a page read on screen
 * asks for no font; each face's file is in dist/ under /_astro/ (served by the site itself, hashed,
 * cached a year) with its precompressed copies; and every page's CSP lets the site serve its fonts.
 * The browser suite (tests/e2e/print.spec.ts) checks the requests themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { htmlFiles } from '../../src/lib/links/checkLinks';
import { htmlTags } from '../../src/lib/links/htmlTags';
import { cssBlocks, onlyInPrint } from '../support/cssBlocks';
import { DIST } from '../support/site';

const FAMILIES = ['Source Serif 4', 'Source Sans 3'];

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? cssFiles(p) : e.name.endsWith('.css') ? [p] : [];
  });
}
const sheets = cssFiles(DIST).map((file) => ({ file: path.relative(DIST, file), blocks: cssBlocks(fs.readFileSync(file, 'utf8')) }));
const faces = sheets.flatMap(({ file, blocks }) => blocks.filter((b) => b.prelude === '@font-face').map((b) => ({ file, ...b })));

test('the print faces are declared, each inside @media print', () => {
  const families = new Set(faces.map((f) => f.body.match(/font-family:\s*["']?([^;"']+)/)?.[1]));
  expect([...families].sort()).toEqual([...FAMILIES].sort());
  expect(faces.length, 'regular, italic and semibold faces').toBeGreaterThanOrEqual(6);
  expect(faces.filter((f) => !onlyInPrint(f)).map((f) => `${f.file}: ${f.body}`)).toEqual([]);
});

test('no rule outside @media print names a print family', () => {
  const named = sheets.flatMap(({ file, blocks }) =>
    blocks.filter((b) => b.prelude !== '@font-face' && FAMILIES.some((f) => b.body.includes(f)) && !onlyInPrint(b)).map((b) => `${file}: ${b.prelude}`),
  );
  expect(named).toEqual([]);
});

test('each face is a file of the site, under /_astro/, with Brotli and gzip copies', () => {
  const problems: string[] = [];
  for (const f of faces) {
    const urls = [...f.body.matchAll(/url\(\s*["']?([^)"']+)["']?\s*\)/g)].map((m) => m[1]!);
    if (urls.length === 0) problems.push(`${f.file}: an @font-face without a url()`);
    for (const url of urls) {
      if (!url.startsWith('/_astro/')) problems.push(`${f.file}: ${url} is not a hashed file of the site`);
      const file = path.join(DIST, url);
      for (const copy of [file, `${file}.br`, `${file}.gz`]) if (!fs.existsSync(copy)) problems.push(`${f.file}: ${path.relative(DIST, copy)} is missing`);
    }
  }
  expect(problems).toEqual([]);
});

test("every page's CSP lets the site serve its own fonts", () => {
  const problems: string[] = [];
  for (const [page, file] of htmlFiles(DIST)) {
    const meta = htmlTags(fs.readFileSync(file, 'utf8')).find(
      (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    const directives = (meta?.attrs.get('content') ?? '').split(';').map((d) => d.trim().split(/\s+/));
    const font = directives.find((d) => d[0] === 'font-src') ?? directives.find((d) => d[0] === 'default-src');
    if (!font?.includes("'self'")) problems.push(`${page}: font-src does not allow 'self'`);
  }
  expect(problems).toEqual([]);
});
