/**
 * Checks over the built files in dist/ that need no browser, run on every page: links and anchors,
 * rel on external links, the search index, third-party requests, the CSP meta tag, the _headers
 * file, the Nu HTML Checker, and English interface words left in a Spanish page's own HTML. The
 * browser suites (tests/e2e/) look at one page per template with its scripts running.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { checkLinks, formatBroken, htmlFiles } from '../../src/lib/links/checkLinks';
import { htmlTags } from '../../src/lib/links/htmlTags';
import { TEXT_EXTENSIONS } from '../../src/tools/precompress';
import { englishIn } from '../support/english';
import { PESO_LOOKING } from '../support/money';
import { builtPages, DIST, ROOT } from '../support/site';
import { PILLAR_NAMES } from '../../src/i18n/taxonomy';
import { isEmbed } from '../../src/i18n/routes';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headersFile';

const files = htmlFiles(DIST);
/** The public origin the build was made for, read from the home page's canonical link. */
const SITE = new URL(
  htmlTags(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'))
    .find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')!
    .attrs.get('href')!,
).origin;

describe('links', () => {
  test('every internal link and #anchor resolves; external links are listed, not fetched', () => {
    const report = checkLinks(DIST, SITE);
    expect(report.pages).toBe(builtPages().length);
    expect(report.checked).toBeGreaterThan(files.length * 10);
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
    const byUrl = new Map<string, Set<string>>();
    for (const e of report.external) byUrl.set(e.url, (byUrl.get(e.url) ?? new Set()).add(e.page));
    const lines = [...byUrl].sort(([a], [b]) => a.localeCompare(b)).map(([u, on]) => `${u}\t${[...on].sort().join(' ')}`);
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results/external-links.txt'), `# external URL\tpages that link to it (not fetched)\n${lines.join('\n')}\n`);
  });

  test('external links open with rel="noopener noreferrer"', () => {
    const links = checkLinks(DIST, SITE).external.filter((e) => /^(a|area|form)\[/.test(e.where));
    expect(links.length).toBeGreaterThan(0);
    const bare = links.filter((e) => !e.rel.includes('noopener') || !e.rel.includes('noreferrer')).map((e) => `${e.page}: ${e.url} rel="${e.rel.join(' ')}"`);
    expect(bare).toEqual([]);
  });
});

describe('search', () => {
  // The build points Pagefind only at the pages that can hold a search body (package.json, `--glob`),
  // so that it does not read every share and embed page: a page outside that pattern would silently
  // drop out of search, so the index must hold exactly the pages that mark a body, in their language.
  test('Pagefind indexed every page that marks a search body, in the language of its <html lang>', () => {
    const marked = new Map<string, number>();
    for (const [, file] of files) {
      const tags = htmlTags(fs.readFileSync(file, 'utf8'));
      if (!tags.some((t) => t.attrs.has('data-pagefind-body'))) continue;
      const lang = tags
        .find((t) => t.name === 'html')!
        .attrs.get('lang')!
        .slice(0, 2);
      marked.set(lang, (marked.get(lang) ?? 0) + 1);
    }
    const entry = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    expect(indexed).toEqual(Object.fromEntries(marked));
    expect(marked.get('es'), 'Spanish pages marked for search').toBeGreaterThan(5);
  });
});

describe('what every page loads and allows', () => {
  test('no third-party scripts, styles, fonts or frames', () => {
    const offsite: string[] = [];
    for (const [page, file] of files) {
      for (const t of htmlTags(fs.readFileSync(file, 'utf8'))) {
        const ref =
          t.name === 'script' || t.name === 'iframe' || t.name === 'img'
            ? t.attrs.get('src')
            : t.name === 'link' && /stylesheet|preload|modulepreload|icon/.test(t.attrs.get('rel') ?? '')
              ? t.attrs.get('href')
              : undefined;
        if (ref && new URL(ref, SITE).origin !== SITE) offsite.push(`${page}: <${t.name}> ${ref}`);
      }
    }
    expect(offsite).toEqual([]);
  });

  test('every page carries its CSP in <head> before any script, with no unsafe-inline for scripts', () => {
    const problems: string[] = [];
    for (const [page, file] of files) {
      const tags = htmlTags(fs.readFileSync(file, 'utf8'));
      const at = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
      if (at < 0) {
        problems.push(`${page}: no CSP meta`);
        continue;
      }
      // A policy governs only what the parser meets after it: a script above it would run unchecked.
      const firstScript = tags.findIndex((t) => t.name === 'script');
      if (firstScript >= 0 && firstScript < at) problems.push(`${page}: a script comes before the CSP meta`);
      const policy = new Map(
        tags[at]!.attrs.get('content')!
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const [name, ...values] = d.split(/\s+/);
            return [name, values] as const;
          }),
      );
      const script = policy.get('script-src') ?? policy.get('default-src') ?? [];
      if (script.includes("'unsafe-inline'") || script.includes("'unsafe-eval'")) problems.push(`${page}: script-src allows ${script.join(' ')}`);
      if ((policy.get('style-src') ?? []).includes("'unsafe-inline'")) problems.push(`${page}: style-src allows 'unsafe-inline'`);
      if (policy.get('default-src')?.join(' ') !== "'self'") problems.push(`${page}: default-src is not 'self'`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${page}: object-src is not 'none'`);
      if (!policy.has('base-uri')) problems.push(`${page}: no base-uri`);
      if (policy.has('frame-ancestors')) problems.push(`${page}: frame-ancestors is ignored in a meta tag; it belongs in _headers`);
    }
    expect(problems).toEqual([]);
  });

  test('_headers: every page gets nosniff, referrer and permissions; only embed pages may be framed', () => {
    const file = path.join(DIST, '_headers');
    expect(fs.existsSync(file), 'dist/_headers').toBe(true);
    const rules = parseHeadersFile(fs.readFileSync(file, 'utf8'));
    const problems: string[] = [];
    for (const [page] of files) {
      const h = headersFor(rules, page);
      if (h.get('x-content-type-options') !== 'nosniff') problems.push(`${page}: nosniff`);
      if (h.get('referrer-policy') !== 'strict-origin-when-cross-origin') problems.push(`${page}: referrer-policy`);
      if (!/camera=\(\)/.test(h.get('permissions-policy') ?? '')) problems.push(`${page}: permissions-policy`);
      const csp = h.get('content-security-policy') ?? '';
      if (/unsafe-inline|unsafe-eval/.test(csp)) problems.push(`${page}: CSP header allows unsafe code`);
      if (isEmbed(page)) {
        if (!/frame-ancestors \*/.test(csp) || h.has('x-frame-options')) problems.push(`${page}: an embed page must be frameable (${csp})`);
      } else if (!/frame-ancestors 'none'/.test(csp) || h.get('x-frame-options') !== 'DENY') problems.push(`${page}: framing is not refused (${csp})`);
    }
    expect(problems).toEqual([]);
    expect(files.filter(([p]) => isEmbed(p)).length, 'embed pages in both editions').toBeGreaterThan(10);
  });

  test('_headers: every file gets one caching policy, a year only for content-hashed names', () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
    const problems: string[] = [];
    const built = fs
      .readdirSync(DIST, { recursive: true })
      .map(String)
      .filter((f) => !/\.(br|gz)$/.test(f) && f !== '_headers' && fs.statSync(path.join(DIST, f)).isFile());
    for (const f of built) {
      const url = `/${f.split(path.sep).join('/')}`;
      const hashed = /^\/_astro\//.test(url) || /^\/pagefind\/(index|fragment)\//.test(url);
      const want = hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
      const got = headersFor(rules, url).get('cache-control');
      if (got !== want) problems.push(`${url}: ${got ?? 'no Cache-Control'}`);
    }
    expect(problems).toEqual([]);
    expect(built.length).toBeGreaterThan(300);
  });
});

test('the Nu HTML Checker finds no errors in any page', () => {
  const jar = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
  expect(fs.existsSync(jar), 'vnu-jar is installed (npm ci)').toBe(true);
  const run = spawnSync('java', ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', ...files.map(([, f]) => f)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'java must be installed to run the Nu HTML Checker').toBeUndefined();
  const { messages } = JSON.parse(run.stderr) as {
    messages: { type: string; subType?: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
  expect(errors).toEqual([]);
});

/**
 * What a page's own HTML shows a reader, as the browser suite's readerText() reads it after the
 * scripts ran: the title, text, labels, alt text, placeholders and description/Open Graph metadata,
 * outside scripts, styles and passages marked lang="en".
 */
function staticReaderText(html: string): string {
  const out: string[] = [];
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    // Skipping an element skips its subtree: nothing inside a script, style or English passage counts.
    if (node.tagName === 'script' || node.tagName === 'style' || node.properties?.lang === 'en') return SKIP;
    const p = node.properties ?? {};
    if (node.tagName === 'meta') {
      const name = String(p.name ?? p.property ?? '');
      if (name === 'description' || name.startsWith('og:')) out.push(String(p.content ?? ''));
      return;
    }
    for (const a of ['ariaLabel', 'title', 'alt', 'placeholder']) if (p[a]) out.push(String(p[a]));
    for (const c of node.children) if (c.type === 'text') out.push(c.value);
  });
  return out.join('\n');
}

test('no Spanish page’s HTML shows an English interface string', () => {
  const found = files
    .filter(([url]) => url.startsWith('/es/'))
    .flatMap(([url, file]) => englishIn(staticReaderText(fs.readFileSync(file, 'utf8'))).map((s) => `${url}: ${s}`));
  expect(found).toEqual([]);
});

test('no Spanish page, chart table, tooltip text or description puts "$" before a number, except as "US$"', () => {
  const found: string[] = [];
  let templates = 0;
  for (const [url, file] of files.filter(([u]) => u.startsWith('/es/'))) {
    const html = fs.readFileSync(file, 'utf8');
    // The page as read, plus the tooltip and live-region text the chart island writes from each
    // figure's data-tip template (filled as the island fills it, tipText.ts).
    const tips = [...html.matchAll(/data-tip="([^"]*)"/g)].map((m) =>
      m[1]!
        .replace(/&#36;|&#x24;/g, '$')
        .replace('{sign}', '')
        .replace('{n}', '1,234')
        .replace('{kg}', '560'),
    );
    templates += tips.length;
    for (const text of [staticReaderText(html), ...tips]) {
      const hit = text.match(new RegExp(`.{0,30}${PESO_LOOKING.source}.{0,10}`));
      if (hit) found.push(`${url}: …${hit[0]}…`);
    }
  }
  expect(templates).toBeGreaterThan(0);
  expect(found).toEqual([]);
});

/**
 * Ways a Spanish text can name each pillar of the economic dialogue: the verb or noun that opens
 * the name, up to the words that close it. Every phrase that matches is a way the edition names
 * the pillar; there must be exactly one, the SRE's wording in src/i18n/taxonomy.ts.
 */
const PILLAR_PHRASES: Record<keyof (typeof PILLAR_NAMES)['es'], RegExp> = {
  'building-back-together': /\b(?:reconstru\w+|volver a construir)(?: \w+){0,3}? juntos\b/gi,
  'southern-development': /\b(?:promover|promoviendo|impulsar|fomentar|desarrollo)\b[^.;:()]{0,80}?\bsur de México y (?:Centroamérica|América Central)\b/gi,
  'future-prosperity': /\b(?:asegurar|garantizar|asegurando)\b[^.;:()]{0,20}?\bherramientas\b[^.;:()]{0,30}?\bprosperidad(?: futura| del futuro)?/gi,
  'investing-in-people': /\b(?:invertir|inversión|invirtiendo) en (?:nuestra gente|las personas|nuestro pueblo|nuestra población|la gente)\b/gi,
};

test('the Spanish edition names each pillar one way, the SRE’s', () => {
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const [url, file] of files.filter(([u]) => u.startsWith('/es/'))) {
    const text = staticReaderText(fs.readFileSync(file, 'utf8')).replace(/\s+/g, ' ');
    for (const [pillar, re] of Object.entries(PILLAR_PHRASES)) {
      for (const m of text.matchAll(re)) {
        // The name as written, with its first letter in upper case (a name opens a list item or follows "pilar").
        const name = m[0].charAt(0).toUpperCase() + m[0].slice(1);
        const names = seen.get(pillar) ?? new Map<string, Set<string>>();
        seen.set(pillar, names.set(name, (names.get(name) ?? new Set()).add(url)));
      }
    }
  }
  const variants = [...seen].flatMap(([pillar, names]) =>
    [...names]
      .filter(
        ([name]) =>
          !PILLAR_NAMES.es[pillar as keyof (typeof PILLAR_NAMES)['es']].startsWith(name) && !name.includes('desarrollo económico y social sostenible'),
      )
      .map(([name, urls]) => `${pillar}: "${name}" on ${[...urls].slice(0, 3).join(', ')}`),
  );
  expect(seen.size, 'every pillar is named somewhere in the Spanish edition').toBe(4);
  expect(variants).toEqual([]);
});

test('Spanish terms: encounters are not "eventos de detención", cabinet members are not "ministros"', () => {
  const found = files
    .filter(([u]) => u.startsWith('/es/'))
    .flatMap(([url, file]) => {
      const text = staticReaderText(fs.readFileSync(file, 'utf8'));
      return [/eventos de detención/i, /\bministr[oa]s?\b/i].filter((re) => re.test(text)).map((re) => `${url}: ${re}`);
    });
  expect(found).toEqual([]);
});

test('in Spanish source lists a month never opens a sentence in lower case', () => {
  const MONTH_AFTER_STOP = /\. (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;
  const found = files
    .filter(([u]) => u === '/es/fuentes/')
    .flatMap(([url, file]) => {
      const hit = staticReaderText(fs.readFileSync(file, 'utf8'))
        .replace(/\s+/g, ' ')
        .match(new RegExp(`.{0,40}${MONTH_AFTER_STOP.source}`));
      return hit ? [`${url}: …${hit[0]}`] : [];
    });
  expect(found).toEqual([]);
});

test('every text file has Brotli and gzip copies beside it that decompress to the same bytes', () => {
  const missing: string[] = [];
  let checked = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (TEXT_EXTENSIONS.has(path.extname(entry.name))) {
        checked++;
        const data = fs.readFileSync(p);
        const br = fs.existsSync(`${p}.br`) && zlib.brotliDecompressSync(fs.readFileSync(`${p}.br`)).equals(data);
        const gz = fs.existsSync(`${p}.gz`) && zlib.gunzipSync(fs.readFileSync(`${p}.gz`)).equals(data);
        if (!br || !gz) missing.push(`${path.relative(DIST, p)}: ${br ? '' : 'no matching .br '}${gz ? '' : 'no matching .gz'}`);
      }
    }
  };
  walk(DIST);
  expect(checked).toBeGreaterThan(200);
  expect(missing).toEqual([]);
});
