/**
 * The `_headers` file that Netlify, Cloudflare Pages and compatible hosts read, and the reading of
 * it that the local server (src/tools/serve.ts) and the tests share. Every page carries its full
 * Content-Security-Policy, with the hashes of its own inline code, in a <meta http-equiv>; browsers
 * enforce every policy they receive, so the header policy only adds what a <meta> cannot carry
 * (frame-ancestors) and repeats restrictions that need no per-page hashes. Only embed pages may be
 * framed by other sites; every other page says so by path, because the format has no "all but"
 * rule and two matching rules would both apply. Caching follows the same split: files whose names
 * carry a content hash (/_astro/*, Pagefind's index and fragments) are kept a year and never
 * revalidated; pages are revalidated on each visit, so a correction reaches readers at once, and so
 * is every other file at a fixed address (PDFs, figure files, cards, feeds, the service worker, whose
 * new version, with the new build's list of files to save, is how saved chapters learn of a new build).
 * No two rules may set Cache-Control for one path: hosts join both values into one header.
 */

const COMMON = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
];
const POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'";
const REVALIDATE = 'Cache-Control: public, max-age=0, must-revalidate';
const IMMUTABLE = 'Cache-Control: public, max-age=31536000, immutable';
const NOT_FRAMED = [
  `Content-Security-Policy: frame-ancestors 'none'; ${POLICY}`,
  'X-Frame-Options: DENY',
  'Cross-Origin-Opener-Policy: same-origin',
  REVALIDATE,
];
const FRAMED = [`Content-Security-Policy: frame-ancestors *; ${POLICY}`, REVALIDATE];

/**
 * The rules for a site whose pages are `pages` (paths such as "/", "/trade/", "/404.html"), whose
 * embed pages live under `embedDirs` ("/embed/", "/es/insertar/"), whose other files at fixed
 * addresses (`revalidated`: "/sw.js", "/pdf/*") must be revalidated on each use, and whose
 * content-hashed files (`immutable`: "/_astro/*") may be kept for a year.
 */
export function headersFile(pages: string[], embedDirs: string[], revalidated: string[] = [], immutable: string[] = ['/_astro/*']): string {
  const isEmbed = (p: string) => embedDirs.some((d) => p.startsWith(d));
  const patterns = new Set<string>();
  for (const page of pages.filter((p) => !isEmbed(p))) {
    // A folder of pages is one rule ("/trade/*" covers the chapter, its share pages and index.html);
    // an edition's home and a file at the top are their own.
    const parts = page.split('/').filter(Boolean);
    const edition = parts[0] === 'es' ? 1 : 0;
    if (parts.length <= edition) patterns.add(page).add(`${page}index.html`);
    else if (parts.length === edition + 1 && /\.\w+$/.test(page)) patterns.add(page);
    // A folder's page may also be written as a file (Astro writes /404/ as /404.html).
    else patterns.add(`/${parts.slice(0, edition + 1).join('/')}/*`).add(`/${parts.slice(0, edition + 1).join('/')}.html`);
  }
  const block = (pattern: string, lines: string[]) => `${pattern}\n${lines.map((l) => `  ${l}`).join('\n')}`;
  return `${[
    '# Response headers for hosts that read this file (Netlify, Cloudflare Pages and compatible); written by the build.',
    block('/*', COMMON),
    ...immutable.map((p) => block(p, [IMMUTABLE])),
    ...revalidated.map((f) => block(f, [REVALIDATE])),
    ...embedDirs.map((d) => block(`${d}*`, FRAMED)),
    ...[...patterns].sort().map((p) => block(p, NOT_FRAMED)),
  ].join('\n')}\n`;
}

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers a host sends for `pathname`: every rule that matches ("*" matches anything), in order. */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(pathname)) for (const [k, v] of rule.headers) out.set(k.toLowerCase(), out.has(k.toLowerCase()) ? `${out.get(k.toLowerCase())}, ${v}` : v);
  }
  return out;
}
