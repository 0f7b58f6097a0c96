/**
 * Checks a built site on disk: every same-site URL a page refers to (href, src, srcset, poster,
 * action, and absolute URLs on the site's own origin such as the canonical link and og:image) must
 * name a file in the output folder, and every #fragment must be an id (or <a name>) in the target
 * page. A drawing's references to its own parts (`fill="url(#hatch)"`, clip paths, markers) are
 * checked as in-page anchors. External URLs are collected, never fetched, so the check is offline
 * and deterministic.
 * Used by the build (src/lib/links/linkCheckIntegration.ts), the e2e suite and the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { htmlTags, type Tag } from './htmlTags.ts';

export interface BrokenLink {
  /** The page as a URL path ("/trade/"). */
  page: string;
  /** The reference exactly as written in the page. */
  url: string;
  /** Which element and attribute it came from, e.g. "a[href]". */
  where: string;
  reason: string;
}

export interface ExternalLink {
  page: string;
  url: string;
  where: string;
  /** The rel attribute of an <a>, area or form, split into tokens; empty when absent. */
  rel: string[];
}

export interface LinkReport {
  pages: number;
  /** Number of same-site references that were checked. */
  checked: number;
  broken: BrokenLink[];
  external: ExternalLink[];
}

/** What the check needs from a page: its ids, and each URL it refers to with where and the rel of its element. */
export interface PageInfo {
  ids: Set<string>;
  refs: { where: string; value: string; rel: string }[];
}

/** Attributes that hold one URL, by element; "*" applies to every element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  blockquote: ['cite'],
  q: ['cite'],
};
/** Meta tags whose content is a URL (social cards). Their absolute URLs are checked when on the site's origin. */
const URL_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:url']);

function urlsOf(tag: Tag): { where: string; value: string }[] {
  const out: { where: string; value: string }[] = [];
  for (const attr of URL_ATTRS[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value !== undefined) out.push({ where: `${tag.name}[${attr}]`, value });
  }
  const srcset = tag.attrs.get('srcset');
  if (srcset !== undefined && (tag.name === 'img' || tag.name === 'source')) {
    // "a.png 1x, b.png 2x": each candidate is a URL optionally followed by a descriptor.
    for (const candidate of srcset.split(/,\s+/)) {
      const value = candidate.trim().split(/\s+/)[0];
      if (value) out.push({ where: `${tag.name}[srcset]`, value });
    }
  }
  // Paint servers, clip paths, masks, markers and filters: url(#id) in any attribute.
  for (const [attr, value] of tag.attrs)
    if (value.includes('url(')) for (const m of value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) out.push({ where: `${tag.name}[${attr}]`, value: `#${m[1]}` });
  if (tag.name === 'meta') {
    const key = tag.attrs.get('property') ?? tag.attrs.get('name');
    const content = tag.attrs.get('content');
    if (key && content && URL_META.has(key.toLowerCase())) out.push({ where: `meta[${key}]`, value: content });
    // Redirect pages: <meta http-equiv="refresh" content="0; url=/chapter/#section">.
    const refresh = tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh' ? content?.match(/;\s*url\s*=\s*['"]?([^'"]+)/i)?.[1] : undefined;
    if (refresh) out.push({ where: 'meta[refresh]', value: refresh.trim() });
  }
  return out;
}

/** Every .html file under `dist`, as [URL path, file path]. */
export function htmlFiles(dist: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(dist, full).split(path.sep).join('/');
        out.push([rel === '/index.html' ? '/' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, full]);
      }
    }
  };
  walk(dist);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Maps a same-site URL path to the file that serves it, as a static host does with
 * `trailingSlash: 'always'` and directory output: "/x/" is "x/index.html", "/x.csv" is a file.
 * A path without the slash that only exists as a folder is reported, because the site's own
 * links always carry it and a host would answer with a redirect at best.
 */
function resolveFile(dist: string, pathname: string): { file?: string; reason?: string } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { reason: 'path is not valid percent-encoding' };
  }
  const target = path.join(dist, decoded);
  if (target !== dist && !target.startsWith(dist + path.sep)) return { reason: 'path leaves the site' };
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return fs.existsSync(index) ? { file: index } : { reason: `no ${path.relative(dist, index)} in the build` };
  }
  if (fs.existsSync(target) && fs.statSync(target).isFile()) return { file: target };
  if (fs.existsSync(path.join(target, 'index.html'))) return { reason: 'folder linked without its trailing slash' };
  return { reason: `no ${path.relative(dist, target) || '/'} in the build` };
}

/** Reads one page's ids and references (kept small: a large build holds one per page). */
export function pageInfo(html: string): PageInfo {
  const ids = new Set<string>();
  const refs: PageInfo['refs'] = [];
  for (const t of htmlTags(html)) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    const name = t.attrs.get('name');
    if (t.name === 'a' && name) ids.add(name);
    for (const ref of urlsOf(t)) refs.push({ ...ref, rel: t.attrs.get('rel') ?? '' });
  }
  return { ids, refs };
}

function readPage(file: string, cache: Map<string, PageInfo>): PageInfo {
  let info = cache.get(file);
  if (!info) {
    info = pageInfo(fs.readFileSync(file, 'utf8'));
    cache.set(file, info);
  }
  return info;
}

/**
 * Checks every HTML page under `dist`. `site` is the public origin (astro.config `site`): absolute
 * URLs on it are treated as same-site links, anything else on http(s) is external. `pending` names
 * paths that a later build step promises to write.
 */
export function checkLinks(dist: string, site: string, options: { pending?: ReadonlySet<string>; pages?: Map<string, PageInfo> } = {}): LinkReport {
  const root = path.resolve(dist);
  const origin = new URL(site).origin;
  // Pages already read (in parallel, readPagesInParallel) by file path; the rest are read here.
  const cache = options.pages ?? new Map<string, PageInfo>();
  const report: LinkReport = { pages: 0, checked: 0, broken: [], external: [] };
  // Most references (the menu, stylesheets, chapters) repeat on every page: each path is looked up on disk once.
  const resolved = new Map<string, ReturnType<typeof resolveFile>>();
  for (const [page, file] of htmlFiles(root)) {
    report.pages++;
    const base = new URL(page, origin);
    for (const ref of readPage(file, cache).refs) {
      const { where, value } = ref;
      const raw = value.trim();
      if (raw === '') {
        report.broken.push({ page, url: value, where, reason: 'empty URL' });
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, base);
      } catch {
        report.broken.push({ page, url: value, where, reason: 'not a valid URL' });
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, data:, tel:
      if (url.origin !== origin) {
        const rel = ref.rel.toLowerCase().split(/\s+/).filter(Boolean);
        report.external.push({ page, url: url.href, where, rel });
        continue;
      }
      report.checked++;
      // Files a later step will write (the PDFs: src/lib/print/pdfDocuments.ts), which checks them itself.
      if (options.pending?.has(url.pathname) && !url.hash) continue;
      let found = resolved.get(url.pathname);
      if (!found) resolved.set(url.pathname, (found = resolveFile(root, url.pathname)));
      const { file: target, reason } = found;
      if (!target) {
        report.broken.push({ page, url: value, where, reason: reason! });
        continue;
      }
      const fragment = url.hash.slice(1);
      // "#" and "#top" scroll to the top of any page by definition; text fragments are not ids.
      if (fragment === '' || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) continue;
      if (!target.endsWith('.html')) {
        report.broken.push({ page, url: value, where, reason: 'fragment on a file that is not a page' });
        continue;
      }
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (!readPage(target, cache).ids.has(id)) {
        report.broken.push({ page, url: value, where, reason: `no element with id "${id}" on ${targetPage(root, target)}` });
      }
    }
  }
  return report;
}

function targetPage(root: string, file: string): string {
  const rel = '/' + path.relative(root, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** One line per broken link, for build errors and test failures. */
export function formatBroken(broken: BrokenLink[]): string {
  return broken.map((b) => `${b.page}: ${b.where} "${b.url}": ${b.reason}`).join('\n');
}
