#!/usr/bin/env node
/**
 * `npm run bench`: how heavy the built site is and how the build scales. Prints figures and checks
 * them against the budgets in issue 7 and the targets in issue 16; it is a report, not a test, so it
 * exits 0 when a budget is over (use --strict to exit 1) and its timings vary with the machine's load.
 *
 * 1. Builds the site (`npm run build`: Astro, then Pagefind) and times it.
 * 2. For every page in dist/: HTML, CSS and JS bytes, raw and gzipped, and the requests the page
 *    makes before images load lazily: the HTML, its stylesheets (and their url()s), its scripts
 *    with every chunk they import statically, images and icons. Chunks a page imports dynamically
 *    (Pagefind, loaded when search opens) are listed apart and not counted.
 *    On chapters with charts and the print editions, also what the figures weigh (each chart
 *    figure taken out and the page gzipped again) and what a host serves them as (the build's
 *    precompressed Brotli files): the figures issue 16's page-size targets are judged by.
 *    Then prints the PDFs (`npm run build:pdf`) and reports its count and time.
 * 3. Copies the project to a temporary folder, adds 1,000 generated chapters with two charts each
 *    (and their Spanish twins), and builds it twice with its own empty caches: cold, then warm with
 *    one chapter changed. Reports time per page, where the time went (Astro's page generation, the
 *    images drawn and reused, the link check, Pagefind, precompression) and that the warm build
 *    drew only the changed chapter's images. The copy is deleted afterwards.
 *
 * 4. Lighthouse (mobile defaults, the system Chromium) on one page of every page type in both
 *    editions, served as a host serves them (src/tools/serve.ts: _headers, precompressed files),
 *    median of 3 runs: the four category scores with LCP, CLS and TBT.
 *
 * Options: --no-synthetic (skip step 3), --no-lighthouse (skip step 4), --runs N (Lighthouse runs
 *          per page, default 3), --chapters N (synthetic chapter count, default 1000),
 *          --readme (write the figures into README.md's "## Performance" section), --strict.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { htmlTags } from '../../src/lib/links/htmlTags.ts';
import { htmlFiles } from '../../src/lib/links/checkLinks.ts';
import { cssBlocks } from '../support/cssBlocks.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => args.includes(name);
const SYNTHETIC = !opt('--no-synthetic');
const CHAPTERS = Number(args[args.indexOf('--chapters') + 1]) || 1000;
const TODAY = new Date().toISOString().slice(0, 10);

/** Budgets from issue 7; bytes are gzipped. */
const BUDGET = {
  jsNoChart: 5 * 1024,
  jsChart: 15 * 1024,
  pageTotal: 100 * 1024,
  buildSeconds: 30,
};

/** Targets from issue 16 (performance at the limit); bytes are gzipped. */
const TARGET = {
  chartChapter: 30 * 1024,
  printEdition: 60 * 1024,
  chartRequests: 7,
  textRequests: 5,
  coldMsPerPage: 25,
  pdfSeconds: 10,
};

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
/**
 * What a host sends a browser that accepts Brotli: the build's precompressed sibling, as written, or
 * the file as it is where the build wrote none (as nginx's and Caddy's precompressed serving do).
 */
const served = (file, buf) => (fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : buf.length);

/**
 * What a page's figures cost: each chart figure (its two drawings, key, table, notes, cite and embed
 * blocks) is taken out of the HTML and the page gzipped again. Gzip shares strings across a page, so
 * the figures together cost less than the sum of each one taken out alone.
 */
function figureWeights(text, htmlGz) {
  const figures = [...text.matchAll(/<figure\b[^>]*\bclass="chart\b[\s\S]*?<\/figure>/g)].map((m) => ({
    id: m[0].match(/\bid="([^"]+)"/)?.[1] ?? '?',
    html: m[0],
  }));
  if (!figures.length) return undefined;
  const without = (list) => list.reduce((t, f) => t.replace(f.html, ''), text);
  const each = figures.map((f) => ({ id: f.id, gz: htmlGz - gz(Buffer.from(without([f]))) }));
  return {
    count: figures.length,
    gz: htmlGz - gz(Buffer.from(without(figures))),
    heaviest: each.reduce((a, b) => (b.gz > a.gz ? b : a)),
  };
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Runs `npm run build` in `dir`; returns wall seconds. Throws with the build's output if it fails. */
function build(dir, env = {}) {
  const start = performance.now();
  const run = spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`);
  const astro = run.stdout.match(/(\d+) page\(s\) built in ([\d.]+)(m?s)/);
  return {
    seconds,
    pages: astro ? Number(astro[1]) : undefined,
    astroSeconds: astro ? Number(astro[2]) / (astro[3] === 'ms' ? 1000 : 1) : undefined,
    phases: phases(run.stdout),
  };
}

/** Where a build's time went, from the timestamps and counts its log prints. */
function phases(log) {
  const clock = (line) => {
    const m = line.match(/^(\d\d):(\d\d):(\d\d)/);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
  };
  const lines = log.split('\n');
  const at = (re) => clock(lines.find((l) => re.test(l)) ?? '');
  const seconds = (re) => Number(log.match(re)?.[1]);
  const images = log.match(/images: (\d+) drawn, (\d+) from the cache/);
  const done =
    at(/\[build\] ✓ Completed in/) !== undefined
      ? lines
          .filter((l) => /\[build\] ✓ Completed in/.test(l))
          .map(clock)
          .at(-1)
      : undefined;
  const linked = at(/\[intermestic:link-check\]/);
  return {
    generate: (() => {
      const m = log.match(/^\s*\S*\s*✓ Completed in (?:(\d+)m )?([\d.]+)s\./m);
      return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : undefined;
    })(),
    drawn: images ? Number(images[1]) : undefined,
    reused: images ? Number(images[2]) : undefined,
    linkCheck: done !== undefined && linked !== undefined ? linked - done : undefined,
    pagefind: seconds(/Finished in ([\d.]+) seconds/) || undefined,
    compressed: Number(log.match(/\((\d+) compressed/)?.[1]),
    compressSeconds: Number(log.match(/^precompress: .* in ([\d.]+) s$/m)?.[1]) || undefined,
  };
}

/** Static imports of a built ES module (Vite writes `import{a as b}from"./x.js"` and `import"./x.js"`). */
function importsOf(code) {
  const stat = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]);
  const lazy = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { stat, lazy };
}

/**
 * The stylesheet's declarations outside `@media print` (tests/support/cssBlocks.ts): what print-only
 * blocks refer to (the print faces) is fetched only when the page is printed, so it is not a request
 * of a page read on screen.
 */
function onScreen(css) {
  const print = (prelude) => /^@media\s+print\b/i.test(prelude);
  return cssBlocks(css)
    .filter((b) => !print(b.prelude) && !b.within.some(print))
    .map((b) => b.body)
    .join('\n');
}

function measureSite(dist) {
  const fileCache = new Map();
  const fileOf = (urlPath) => path.join(dist, decodeURIComponent(urlPath));
  const read = (urlPath) => {
    if (!fileCache.has(urlPath)) {
      const file = fileOf(urlPath);
      fileCache.set(urlPath, fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null);
    }
    return fileCache.get(urlPath);
  };
  const local = (ref, base) => {
    const u = new URL(ref, `http://site${base}`);
    return u.origin === 'http://site' ? u.pathname : null;
  };
  const pages = [];
  for (const [page, file] of htmlFiles(dist)) {
    const html = fs.readFileSync(file);
    const text = html.toString('utf8');
    const tags = htmlTags(text);
    const css = new Set();
    const js = new Set();
    const other = new Set();
    const lazy = new Set();
    let inlineJs = '';
    for (const t of tags) {
      const rel = (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (t.name === 'link' && rel.includes('stylesheet') && t.attrs.get('href')) css.add(local(t.attrs.get('href'), page));
      else if (t.name === 'link' && rel.includes('modulepreload') && t.attrs.get('href')) js.add(local(t.attrs.get('href'), page));
      else if (t.name === 'link' && rel.includes('icon') && t.attrs.get('href')) other.add(local(t.attrs.get('href'), page));
      else if (t.name === 'script' && t.attrs.get('src')) js.add(local(t.attrs.get('src'), page));
      else if (t.name === 'img' && t.attrs.get('src')) other.add(local(t.attrs.get('src'), page));
    }
    // Inline executable scripts count as JS (JSON data blocks do not run).
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const type = m[1].match(/type="([^"]+)"/)?.[1];
      if (!/\bsrc=/.test(m[1]) && (!type || type === 'module' || type === 'text/javascript')) inlineJs += m[2];
    }
    // Follow static imports: every chunk a script needs before it runs is part of the page's JS.
    const queue = [...js].filter(Boolean);
    while (queue.length) {
      const url = queue.shift();
      const code = read(url);
      if (!code) continue;
      const { stat, lazy: dyn } = importsOf(code.toString('utf8'));
      for (const s of stat) {
        const u = local(s, url);
        if (u && !js.has(u)) {
          js.add(u);
          queue.push(u);
        }
      }
      for (const d of dyn) lazy.add(local(d, url) ?? d);
    }
    for (const url of css) {
      const code = read(url);
      if (!code) continue;
      for (const m of onScreen(code.toString('utf8')).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (!m[1].startsWith('data:')) {
          const u = local(m[1], url);
          if (u) other.add(u);
        }
      }
    }
    const sum = (set, f) => [...set].filter(Boolean).reduce((n, u) => n + (read(u) ? f(read(u)) : 0), 0);
    const htmlGz = gz(html);
    const externalJsGz = sum(js, gz);
    const row = {
      page,
      chart: /<figure[^>]*class="chart\b/.test(text),
      chapter: /<article class="chapter\b/.test(text),
      printEdition: /<article class="print-chapter\b/.test(text),
      html: html.length,
      htmlGz,
      css: sum(css, (b) => b.length),
      cssGz: sum(css, gz),
      js: sum(js, (b) => b.length) + Buffer.byteLength(inlineJs),
      // Inline scripts count as the page's JS here, and are already part of the HTML in the total.
      jsGz: externalJsGz + (inlineJs ? gz(Buffer.from(inlineJs)) : 0),
      totalGz: htmlGz + sum(css, gz) + externalJsGz,
      servedBr: served(file, html) + [...css, ...js].filter((u) => u && read(u)).reduce((n, u) => n + served(fileOf(u), read(u)), 0),
      figures: figureWeights(text, htmlGz),
      requests: 1 + [...css, ...js, ...other].filter(Boolean).length,
      missing: [...css, ...js, ...other].filter((u) => u && !read(u)),
      lazy: [...lazy],
    };
    pages.push(row);
  }
  return pages;
}

function budgets(pages, buildSeconds) {
  const noChart = pages.filter((p) => !p.chart);
  const chart = pages.filter((p) => p.chart);
  const worst = (list, key) => list.reduce((a, b) => (b[key] > (a?.[key] ?? -1) ? b : a), undefined);
  const wNo = worst(noChart, 'jsGz');
  const wCh = worst(chart, 'jsGz');
  const wTot = worst(pages, 'totalGz');
  const line = (name, value, limit, fmt, where) => ({
    name,
    value,
    limit,
    ok: value <= limit,
    text: `${value <= limit ? 'PASS' : 'OVER'}  ${name}: ${fmt(value)} (budget ${fmt(limit)})${where ? `, worst ${where}` : ''}`,
  });
  return [
    line('JS on a page without charts, gzipped', wNo?.jsGz ?? 0, BUDGET.jsNoChart, kb, wNo?.page),
    line('JS on a chart page, all chunks, gzipped', wCh?.jsGz ?? 0, BUDGET.jsChart, kb, wCh?.page),
    line('page total before images, gzipped', wTot?.totalGz ?? 0, BUDGET.pageTotal, kb, wTot?.page),
    line('full site build', buildSeconds, BUDGET.buildSeconds, (s) => `${s.toFixed(1)} s`),
  ];
}

/** Issue 16's targets, from what the run measured; a target whose step was skipped is left out. */
function targets(pages, { synthetic, pdf, lighthouse }) {
  const worst = (list, key) => list.reduce((a, b) => (b[key] > (a?.[key] ?? -1) ? b : a), undefined);
  const line = (name, value, limit, fmt, where) => ({ name, value, limit, fmt, where, ok: value <= limit });
  const count = (n) => String(n);
  const chartChapter = worst(
    pages.filter((p) => p.chapter && p.chart),
    'totalGz',
  );
  const printEdition = worst(
    pages.filter((p) => p.printEdition),
    'totalGz',
  );
  const chartRequests = worst(
    pages.filter((p) => p.chapter && p.chart),
    'requests',
  );
  const textRequests = worst(
    pages.filter((p) => !p.chart),
    'requests',
  );
  const list = [
    line('chart chapter total, gzipped', chartChapter.totalGz, TARGET.chartChapter, kb, chartChapter.page),
    line('print edition total, gzipped', printEdition.totalGz, TARGET.printEdition, kb, printEdition.page),
    line('requests, chart chapter', chartRequests.requests, TARGET.chartRequests, count, chartRequests.page),
    line('requests, page without charts', textRequests.requests, TARGET.textRequests, count, textRequests.page),
  ];
  if (pdf) list.push(line(`${pdf.count} PDFs printed`, pdf.seconds, TARGET.pdfSeconds, (s) => `${s.toFixed(1)} s`));
  if (synthetic)
    list.push(
      line(
        `cold build at ${synthetic.pages} pages, per page`,
        (synthetic.cold.seconds / synthetic.pages) * 1000,
        TARGET.coldMsPerPage,
        (ms) => `${ms.toFixed(1)} ms`,
      ),
    );
  if (synthetic) list.push(line("images a warm build redraws, at most the changed chapter's", synthetic.warm.phases.drawn, synthetic.changedImages, count));
  if (lighthouse.length) {
    const below = lighthouse.filter((r) => [r.perf, r.a11y, r.bp, r.seo].some((x) => x < 100));
    list.push(line('Lighthouse page types below 100 in any category', below.length, 0, count, below.map((r) => r.url).join(', ')));
    const shifted = lighthouse.filter((r) => r.cls > 0);
    list.push(line('Lighthouse pages with layout shift (CLS > 0)', shifted.length, 0, count, shifted.map((r) => r.url).join(', ')));
  }
  return list.map((t) => ({
    ...t,
    text: `${(t.ok ? 'MET' : 'NOT MET').padEnd(7)}  ${t.name}: ${t.fmt(t.value)} (target ≤ ${t.fmt(t.limit)})${t.where ? `, worst ${t.where}` : ''}`,
  }));
}

/** Chapters with charts and the print editions, the pages issue 16's size targets are about. */
const figureRows = (pages) => pages.filter((p) => p.figures && (p.chapter || p.printEdition));

function table(pages) {
  const head = ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz', 'requests'];
  const rows = pages.map((p) => [
    p.page + (p.chart ? ' (charts)' : ''),
    kb(p.html),
    kb(p.htmlGz),
    kb(p.css),
    kb(p.cssGz),
    kb(p.js),
    kb(p.jsGz),
    kb(p.totalGz),
    String(p.requests),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

/** A copy of the project with `n` generated chapters, each with two charts taken from the real chapters. */
function syntheticProject(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-bench-'));
  const skip = new Set(['node_modules', 'dist', '.git', 'test-results', '.astro']);
  for (const entry of fs.readdirSync(ROOT)) {
    if (!skip.has(entry)) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const chaptersDir = path.join(dir, 'content/chapters');
  const esChaptersDir = path.join(dir, 'content/es/chapters');
  const real = fs
    .readdirSync(chaptersDir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => fs.readFileSync(path.join(chaptersDir, f), 'utf8'));
  const charts = real.flatMap((t) => t.match(/<Chart\s[\s\S]*?\/>/g) ?? []);
  if (charts.length < 2) throw new Error('the synthetic corpus needs at least two <Chart> tags in the real chapters to copy');
  // Frontmatter values that must name real taxonomy entries and sources: borrow the first chapter's.
  const fm = real[0].match(/^---\n([\s\S]*?)\n---/)[1];
  const pick = (key) => fm.match(new RegExp(`^${key}: (.*)$`, 'm'))[1];
  const sourceId = pick('sources')
    .replace(/[[\]\s]/g, '')
    .split(',')[0];
  const topic = pick('topics')
    .replace(/[[\]\s]/g, '')
    .split(',')[0];
  const maxOrder = Math.max(...real.map((t) => Number(t.match(/^order: (\d+)$/m)[1])));
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(3, '0');
    const [a, b] = [charts[(2 * i) % charts.length], charts[(2 * i + 1) % charts.length]].map((c, k) => c.replace(/\bid="[^"]+"/, `id="synthetic-${id}-${k}"`));
    const write = (file, { sections, extra = '', keys }) => {
      const para = `Synthetic chapter ${id} exists only to measure how the build scales. It repeats ordinary prose of the length a briefing paragraph has, with a citation at its end, so that the pipeline does the same work per paragraph as it does for a real chapter.`;
      fs.writeFileSync(
        file,
        `---
title: "Synthetic chapter ${id}"
dek: "A generated chapter with two charts, used by the benchmark to measure build time per page."
order: ${maxOrder + i}
${extra}lastReviewed: 2026-11-27
topics: [${topic}]
pillars: []
takeaways:
  - "Generated chapter ${id}, first takeaway for the benchmark."
  - "Generated chapter ${id}, second takeaway for the benchmark."
  - "Generated chapter ${id}, third takeaway for the benchmark."
sources: [${sourceId}]
sections:
${sections.map((s, k) => `  - id: ${s.toLowerCase()}\n${keys ? `    key: ${keys[k]}\n` : ''}    heading: "${s}"\n    topics: [${topic}]`).join('\n')}
revisions:
  - date: 2026-11-27
    note: "Generated."
---

${para}[^src]

## ${sections[0]}

${para}

${a}

## ${sections[1]}

${para}

${b}

## ${sections[2]}

${para}

[^src]: [@${sourceId}].
`,
      );
    };
    const english = ['Context', 'Figures', 'Assessment'];
    write(path.join(chaptersDir, `synthetic-${id}.mdx`), { sections: english });
    // The Spanish edition must have a twin of every chapter, its sections keyed to the English ones.
    if (fs.existsSync(esChaptersDir)) {
      write(path.join(esChaptersDir, `sintetico-${id}.mdx`), {
        sections: ['Contexto', 'Cifras', 'Valoracion'],
        extra: `translationOf: synthetic-${id}\n`,
        keys: english.map((s) => s.toLowerCase()),
      });
    }
  }
  return dir;
}

function readmeSection(site, checks, synthetic, lighthouse = [], goals = [], pdf = undefined) {
  const chapters = site.pages.filter((p) => p.chart);
  const other = site.pages.filter((p) => !p.chart);
  const largest = site.pages.reduce((a, b) => (b.totalGz > a.totalGz ? b : a));
  const range = (list, key) => `${kb(Math.min(...list.map((p) => p[key])))}–${kb(Math.max(...list.map((p) => p[key])))}`;
  // The home page and every top-level page of each edition (chapters, print, glossary, data…); share stubs, topics
  // and pillars are alike and summarised by the ranges above.
  const rows = site.pages.filter((p) => /^(\/es)?\/([^/]+\/)?$/.test(p.page));
  return `## Performance

Measured on ${TODAY} with \`npm run bench\` on this project's machine kind (2 cores, 24 GiB), with a
load average of ${site.load} when the run started: other jobs shared the machine, so timings vary from
run to run. Sizes are gzipped (level 9) unless marked raw; "requests" counts the HTML, stylesheets,
scripts with every statically imported chunk, and icons and images (Pagefind's files load only when
search opens and are not counted). A page's total counts its inline scripts once, in its HTML; its
JS column counts them too.

| budget | measured | |
| --- | --- | --- |
${checks.map((c) => `| ${c.name} ≤ ${c.name.includes('build') ? `${c.limit} s` : kb(c.limit)} | ${c.name.includes('build') ? `${c.value.toFixed(1)} s` : kb(c.value)} | ${c.ok ? 'PASS' : 'OVER'} |`).join('\n')}

| target (issue 16) | measured | worst page | |
| --- | --- | --- | --- |
${goals
  .map(
    (g) =>
      `| ${g.name} ≤ ${g.fmt(g.limit)} | ${g.fmt(g.value)} | ${
        g.where
          ? g.where
              .split(', ')
              .map((w) => `\`${w}\``)
              .join(', ')
          : ''
      } | ${g.ok ? 'met' : 'not met'} |`,
  )
  .join('\n')}

Full build (\`npm run build\`: Astro, Pagefind, precompression; image and compression caches empty): ${site.build.seconds.toFixed(1)} s wall for ${site.build.pages ?? site.pages.length} pages${site.build.astroSeconds ? ` (Astro's own count: ${site.build.astroSeconds.toFixed(1)} s)` : ''}.
Chart pages: ${chapters.length}, total ${range(chapters, 'totalGz')}, JS ${range(chapters, 'jsGz')}. Other pages: ${other.length}, total ${range(other, 'totalGz')}, JS ${range(other, 'jsGz')}.
Largest page: \`${largest.page}\`, ${kb(largest.totalGz)} gzipped (${kb(largest.html)} raw HTML).${pdf ? `\nPDFs (\`npm run build:pdf\`, Letter and A4, both editions): ${pdf.count} in ${pdf.seconds.toFixed(1)} s.` : ''}

| page | HTML raw / gz | CSS raw / gz | JS raw / gz | total gz | requests |
| --- | --- | --- | --- | --- | --- |
${rows.map((p) => `| \`${p.page}\` | ${kb(p.html)} / ${kb(p.htmlGz)} | ${kb(p.css)} / ${kb(p.cssGz)} | ${kb(p.js)} / ${kb(p.jsGz)} | ${kb(p.totalGz)} | ${p.requests} |`).join('\n')}

What the figures weigh, on the chapters with charts and the print editions: each chart figure (its two
drawings, key, table, notes, and cite and embed blocks) taken out of the HTML, the page gzipped again.
"Served" is what a host sends a browser that accepts Brotli: the precompressed files, as built.

| page | figures | total gz | the figures, gz | heaviest figure, gz | the page without its figures, gz | served (Brotli) |
| --- | --- | --- | --- | --- | --- | --- |
${figureRows(site.pages)
  .map(
    (p) =>
      `| \`${p.page}\` | ${p.figures.count} | ${kb(p.totalGz)} | ${kb(p.figures.gz)} | ${kb(p.figures.heaviest.gz)} (\`${p.figures.heaviest.id}\`) | ${kb(p.totalGz - p.figures.gz)} | ${kb(p.servedBr)} |`,
  )
  .join('\n')}
${
  lighthouse.length
    ? `
Lighthouse ${LIGHTHOUSE_VERSION} (mobile defaults, the system Chromium, median of ${LIGHTHOUSE_RUNS} runs), pages served with the site's headers and precompressed files:

| page type | page | performance / accessibility / best practices / SEO | LCP | CLS | TBT |
| --- | --- | --- | --- | --- | --- |
${lighthouse.map((r) => `| ${r.kind} | \`${r.url}\` | ${[r.perf, r.a11y, r.bp, r.seo].join(' / ')} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`).join('\n')}
`
    : ''
}${
    synthetic
      ? `
Scaling: a copy of the project with ${synthetic.chapters} generated chapters of two charts each and their Spanish twins
(${synthetic.pages} pages in all), built with empty caches and then again with one chapter changed
(load average ${synthetic.load} at the end):

| build | wall | per page | Astro page generation | images drawn / reused | link check | Pagefind | files compressed |
| --- | --- | --- | --- | --- | --- | --- | --- |
${[
  ['cold', synthetic.cold],
  ['warm, one chapter changed', synthetic.warm],
]
  .map(
    ([name, b]) =>
      `| ${name} | ${b.seconds.toFixed(1)} s | ${((b.seconds / synthetic.pages) * 1000).toFixed(0)} ms | ${b.phases.generate?.toFixed(1) ?? '?'} s | ${b.phases.drawn} / ${b.phases.reused} | ${b.phases.linkCheck ?? '?'} s | ${b.phases.pagefind?.toFixed(1) ?? '?'} s | ${b.phases.compressed}${b.phases.compressSeconds ? ` in ${b.phases.compressSeconds.toFixed(1)} s` : ''} |`,
  )
  .join('\n')}

The real site: ${((site.build.seconds / site.pages.length) * 1000).toFixed(0)} ms per page.
`
      : ''
  }`;
}

/** Replaces README's "## Performance" section, formatted by the project's Prettier so `npm run lint` passes as written. */
async function writeReadme(section) {
  const file = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = text.search(/^## Performance$/m);
  let updated;
  if (start < 0) updated = `${text.trimEnd()}\n\n${section.trim()}\n`;
  else {
    const rest = text.slice(start + 1);
    const next = rest.search(/^## /m);
    const end = next < 0 ? text.length : start + 1 + next;
    // Subsections written by hand (### …, such as the test suite's timings) stay, after the bench's figures.
    const old = text.slice(start, end);
    const kept = old.search(/^### /m) >= 0 ? `\n${old.slice(old.search(/^### /m)).trim()}\n` : '';
    updated = `${text.slice(0, start)}${section.trim()}\n${kept}${next < 0 ? '' : `\n${text.slice(end)}`}`;
  }
  const prettier = await import('prettier');
  fs.writeFileSync(file, await prettier.format(updated, { ...(await prettier.resolveConfig(file)), filepath: file }));
}

// --- run ---------------------------------------------------------------------------------------
// Timings mean little without knowing what else ran: record the 1-minute load average.
const LOAD = os.loadavg()[0].toFixed(1);
console.log(`Building the site… (load average ${LOAD} on ${os.cpus().length} cores)`);
// The site is built with its image and compression caches empty, so the figure is a cold build's
// (the scaling step below shows what the caches save).
fs.rmSync(path.join(ROOT, 'node_modules/.astro/intermestic-png'), { recursive: true, force: true });
const coldCompression = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-precompress-'));
const siteBuild = build(ROOT, { PRECOMPRESS_CACHE: coldCompression });
fs.rmSync(coldCompression, { recursive: true, force: true });
const pages = measureSite(path.join(ROOT, 'dist'));
console.log(`\nBuilt ${siteBuild.pages ?? pages.length} pages in ${siteBuild.seconds.toFixed(1)} s (wall, Astro then Pagefind).\n`);
console.log(table(pages));
const missing = pages.flatMap((p) => p.missing.map((m) => `${p.page}: ${m}`));
if (missing.length) console.log(`\nReferenced but missing from dist/:\n${missing.join('\n')}`);
const lazy = [...new Set(pages.flatMap((p) => p.lazy))];
if (lazy.length) console.log(`\nLoaded on demand, not counted: ${lazy.join(', ')}`);
const largest = pages.reduce((a, b) => (b.totalGz > a.totalGz ? b : a));
console.log(`\nLargest page: ${largest.page}, ${kb(largest.totalGz)} gzipped before images (${kb(largest.html)} raw HTML).`);
console.log('\nWhat the figures weigh (gzipped; served = the precompressed Brotli files):');
for (const p of figureRows(pages))
  console.log(
    `  ${p.page}: ${kb(p.totalGz)}, of which ${p.figures.count} figures ${kb(p.figures.gz)} (heaviest ${p.figures.heaviest.id}, ${kb(p.figures.heaviest.gz)}); without them ${kb(p.totalGz - p.figures.gz)}; served ${kb(p.servedBr)}`,
  );
const checks = budgets(pages, siteBuild.seconds);
console.log(`\nBudgets:\n${checks.map((c) => `  ${c.text}`).join('\n')}`);

// PDFs, printed from the site just built as `npm run build:pdf` prints them (its own count and time).
let pdf;
{
  const run = spawnSync('npm', ['run', 'build:pdf'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  const done = run.stdout.match(/(\d+) PDFs in ([\d.]+) s/);
  if (run.status !== 0) console.log(`\nPDFs: build:pdf failed:\n${run.stderr.slice(-2000)}`);
  else if (done) {
    pdf = { count: Number(done[1]), seconds: Number(done[2]) };
    console.log(`\nPDFs: ${pdf.count} printed in ${pdf.seconds.toFixed(1)} s.`);
  } else console.log(`\nPDFs: not printed (${run.stdout.trim().split('\n').at(-1)}).`);
}

let synthetic;
if (SYNTHETIC) {
  console.log(`\nBuilding a synthetic corpus: ${CHAPTERS} generated chapters with two charts each, in a temporary copy…`);
  const dir = syntheticProject(CHAPTERS);
  // Its own caches, empty: Astro's (content layer and PNGs) and the precompressed files'.
  const env = { PRECOMPRESS_CACHE: path.join(dir, '.precompress-cache') };
  const describe = (b) =>
    `${b.phases.generate ? `Astro's page generation ${b.phases.generate.toFixed(1)} s; ` : ''}images ${b.phases.drawn} drawn, ${b.phases.reused} from the cache; link check ${b.phases.linkCheck ?? '?'} s; Pagefind ${b.phases.pagefind?.toFixed(1) ?? '?'} s; ${b.phases.compressed} files compressed${b.phases.compressSeconds ? ` in ${b.phases.compressSeconds.toFixed(1)} s` : ''}`;
  try {
    const config = path.join(dir, 'astro.config.mjs');
    fs.writeFileSync(
      config,
      fs.readFileSync(config, 'utf8').replace('export default defineConfig({', "export default defineConfig({\n  cacheDir: './.astro-cache',"),
    );
    const cold = build(dir, env);
    const count = htmlFiles(path.join(dir, 'dist')).length;
    const perPage = (b) => ((b.seconds / count) * 1000).toFixed(0);
    console.log(
      `Cold build: ${count} pages in ${cold.seconds.toFixed(1)} s, ${perPage(cold)} ms per page (real site: ${((siteBuild.seconds / pages.length) * 1000).toFixed(0)} ms per page).`,
    );
    console.log(`  ${describe(cold)}.`);
    // One chapter changes: its title (drawn on its cards and figure files) and a paragraph.
    const changed = path.join(dir, 'content/chapters/synthetic-001.mdx');
    fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('title: "Synthetic chapter 001"', 'title: "Synthetic chapter 001, revised"'));
    const warm = build(dir, env);
    console.log(`Warm build, one chapter changed: ${warm.seconds.toFixed(1)} s, ${perPage(warm)} ms per page.`);
    console.log(`  ${describe(warm)}.`);
    // The most a warm build may draw: the changed (English) chapter's own images, its cards and its
    // figures' cards and files (figure ids are the same in both editions: the Spanish files are not its).
    const changedImages = fs
      .readdirSync(path.join(dir, 'dist'), { recursive: true })
      .map((f) => String(f).split(path.sep).join('/'))
      .filter((f) => f.endsWith('.png') && f.includes('synthetic-001') && !/^(og\/)?es\//.test(f)).length;
    synthetic = { chapters: CHAPTERS, pages: count, seconds: cold.seconds, cold, warm, changedImages, load: os.loadavg()[0].toFixed(1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One page of every page type, in both editions. */
const LIGHTHOUSE_PAGES = [
  ['landing', '/', '/es/'],
  ['text chapter', '/overview/', '/es/panorama/'],
  ['chart chapter', '/trade/', '/es/comercio/'],
  ['glossary', '/glossary/', '/es/glosario/'],
  ['data', '/data/', '/es/datos/'],
  ['timeline', '/timeline/', '/es/cronologia/'],
  ['sources', '/sources/', '/es/fuentes/'],
  ['print edition', '/print/', '/es/imprimir/'],
  ['figure share page', '/trade/f/us-mexico-trade/', '/es/comercio/f/us-mexico-trade/'],
  ['topic page', '/topics/trade/', '/es/temas/comercio/'],
  ['embed page', '/embed/trade/us-mexico-trade/', '/es/insertar/comercio/us-mexico-trade/'],
];

async function lighthouseRuns(runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { findChromium, HOW_TO_GET_CHROMIUM } = await import('../../src/tools/chromium.ts');
  const { serve } = await import('../../src/tools/serve.ts');
  const chromePath = findChromium();
  if (!chromePath) {
    console.log(`\nLighthouse skipped: no Chromium. ${HOW_TO_GET_CHROMIUM}`);
    return [];
  }
  const { server, origin } = await serve(path.join(ROOT, 'dist'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = [];
  try {
    for (const [kind, ...urls] of LIGHTHOUSE_PAGES) {
      for (const url of urls) {
        const results = [];
        for (let i = 0; i < runs; i++) {
          const { lhr } = await lighthouse(`${origin}${url}`, { port: chrome.port, output: 'json', logLevel: 'error' });
          results.push(lhr);
        }
        const score = (c) => Math.round(median(results.map((r) => r.categories[c].score ?? 0)) * 100);
        const audit = (a) => median(results.map((r) => r.audits[a].numericValue ?? 0));
        rows.push({
          kind,
          url,
          perf: score('performance'),
          a11y: score('accessibility'),
          bp: score('best-practices'),
          seo: score('seo'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          tbt: audit('total-blocking-time'),
        });
        const r = rows.at(-1);
        console.log(
          `  ${kind.padEnd(18)} ${url.padEnd(42)} ${[r.perf, r.a11y, r.bp, r.seo].join('/').padEnd(16)} LCP ${(r.lcp / 1000).toFixed(2)} s  CLS ${r.cls.toFixed(3)}  TBT ${Math.round(r.tbt)} ms`,
        );
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  return rows;
}

const LIGHTHOUSE_RUNS = Number(args[args.indexOf('--runs') + 1]) || 3;
const LIGHTHOUSE_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
let lighthouseRows = [];
if (!opt('--no-lighthouse')) {
  console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} (mobile defaults, median of ${LIGHTHOUSE_RUNS}): performance/accessibility/best practices/SEO`);
  const rows = await lighthouseRuns(LIGHTHOUSE_RUNS);
  lighthouseRows = rows;
  const below = rows.filter((r) => [r.perf, r.a11y, r.bp, r.seo].some((x) => x < 100) || r.cls > 0);
  if (rows.length)
    console.log(below.length ? `  Below 100 or with layout shift: ${below.map((r) => r.url).join(', ')}` : '  Every page type: 100/100/100/100, CLS 0.');
}

const goals = targets(pages, { synthetic, pdf, lighthouse: lighthouseRows });
console.log(`\nTargets (issue 16):\n${goals.map((g) => `  ${g.text}`).join('\n')}`);

if (opt('--readme')) {
  await writeReadme(readmeSection({ build: siteBuild, pages, load: LOAD }, checks, synthetic, lighthouseRows, goals, pdf));
  console.log('\nREADME.md: "## Performance" section written.');
}
if (opt('--strict') && checks.some((c) => !c.ok)) process.exit(1);
