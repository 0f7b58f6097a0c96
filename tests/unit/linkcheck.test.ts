import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks, htmlFiles, pageInfo } from '../../src/lib/links/checkLinks';
import { readPagesInParallel } from '../../src/lib/links/readPagesInParallel';
import { htmlTags } from '../../src/lib/links/htmlTags';
import linkCheck from '../../src/integrations/linkCheck';

const FIXTURE = fileURLToPath(new URL('../fixtures/linkcheck', import.meta.url));
const SITE = 'https://site.test';

describe('htmlTags', () => {
  it('reads quoted, unquoted and entity-encoded attributes, and skips comments and raw text', () => {
    const tags = htmlTags(
      `<!-- <a href="/x/"> --><a HREF=/a/ title='it&#39;s' data-x="1&amp;2">t</a><script type="application/json">{"a":"<a href=\\"/json/\\">"}</script><title><b id="no"></title><p id=yes>`,
    );
    const written = tags.filter((t) => !['html', 'head', 'body'].includes(t.name));
    expect(written.map((t) => t.name).sort()).toEqual(['a', 'p', 'script', 'title']);
    const a = written.find((t) => t.name === 'a')!;
    expect(Object.fromEntries(a.attrs)).toEqual({ href: '/a/', title: "it's", 'data-x': '1&2' });
    expect(written.find((t) => t.name === 'p')!.attrs.get('id')).toBe('yes');
  });
  it('reads <textarea>, <noscript> and <style> as text, but <style> and <title> inside <svg> as elements', () => {
    const tags = htmlTags(
      `<textarea><a id="no1"></a></textarea><noscript><a id="no2"></a></noscript><style>a{}</style>` +
        `<svg viewBox="0 0 1 1"><title>T</title><style></style><rect id="r"/></svg><circle id="html-circle"></circle>` +
        `<svg/><p id="after">`,
    );
    const ids = tags.map((t) => t.attrs.get('id')).filter(Boolean);
    expect(ids).toEqual(['r', 'html-circle', 'after']);
    expect(tags.find((t) => t.name === 'svg')!.attrs.get('viewbox')).toBe('0 0 1 1');
  });
  it('gives list-valued attributes back as written', () => {
    const [link] = htmlTags('<link rel="alternate stylesheet" href="/a.css"><img srcset="a.png 1x, b.png 2x">').filter((t) => t.name === 'link');
    expect(link!.attrs.get('rel')).toBe('alternate stylesheet');
    expect(
      htmlTags('<img srcset="a.png 1x, b.png 2x">')
        .find((t) => t.name === 'img')!
        .attrs.get('srcset'),
    ).toBe('a.png 1x, b.png 2x');
  });
});

describe('checkLinks on a fixture site', () => {
  const report = checkLinks(FIXTURE, SITE);
  const broken = report.broken.map((b) => `${b.page} ${b.where} ${b.url}`);

  it('reports exactly the broken same-site references, each with its page and element', () => {
    expect(broken.sort()).toEqual(
      [
        '/ a[href] ',
        '/ a[href] #gone',
        '/ a[href] /a',
        '/ a[href] /a/#nowhere',
        '/ a[href] /file.csv#row',
        '/ a[href] /missing/',
        '/ img[src] img/missing.png',
        '/ img[srcset] /a/pic@2x.png',
        '/go/ meta[refresh] /a/#missing-section',
        '/ rect[fill] #gone-hatch',
      ].sort(),
    );
  });

  it('says why each link is broken', () => {
    const reason = (url: string) => report.broken.find((b) => b.url === url)?.reason;
    expect(reason('/a/#nowhere')).toBe('no element with id "nowhere" on /a/');
    expect(reason('/a')).toBe('folder linked without its trailing slash');
    expect(reason('/missing/')).toBe('no missing/index.html in the build');
    expect(reason('/file.csv#row')).toBe('fragment on a file that is not a page');
  });

  it('checks same-site absolute URLs (canonical, og:image) and relative URLs against the page', () => {
    // index: canonical, og:image and stylesheet; 11 good body refs (one in srcset, one a drawing's
    // url(#hatch)) and 8 broken ones (the empty href is reported without being resolved); a/: pic.png
    // and ../; go/: refresh and link.
    expect(report.pages).toBe(3);
    expect(report.checked).toBe(3 + 11 + 8 + 2 + 2);
  });

  it('lists external links with their rel tokens and never treats them as broken', () => {
    expect(report.external.map((e) => [e.url, e.rel.join(' ')])).toEqual([
      ['https://example.org/x', 'noopener noreferrer'],
      ['https://example.com/y', ''],
    ]);
  });
});

describe('the build integration', () => {
  const run = async (dist: string) => {
    const integration = linkCheck({ pending: () => new Set() });
    const hooks = integration.hooks as Record<string, (arg: unknown) => void | Promise<void>>;
    hooks['astro:config:done']!({ config: { site: SITE } });
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m) };
    await hooks['astro:build:done']!({ dir: new URL(`file://${dist}/`), logger });
    return logged;
  };

  it('stops the build naming the page and the link when one is broken', async () => {
    await expect(run(FIXTURE)).rejects.toThrow(/10 broken internal link\(s\)[\s\S]*\/: a\[href\] "\/a\/#nowhere": no element with id "nowhere" on \/a\//);
  });

  it('passes a clean build and says how much it checked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linkcheck-'));
    try {
      fs.mkdirSync(path.join(dir, 'b'));
      fs.writeFileSync(path.join(dir, 'index.html'), '<a href="/b/#x">b</a><a href="https://example.org/">out</a>');
      fs.writeFileSync(path.join(dir, 'b/index.html'), '<h2 id="x">x</h2>');
      expect(await run(dir)).toEqual(['1 internal links and anchors on 2 pages resolve; 1 external links listed, not fetched']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reading pages on worker threads (large builds)', () => {
  it('reads each page exactly as pageInfo does, and the check gives the same report', async () => {
    const files = htmlFiles(FIXTURE).map(([, file]) => file);
    const pages = await readPagesInParallel(files, { threads: 2, minFiles: 0 });
    expect([...pages.keys()].sort()).toEqual([...files].sort());
    for (const file of files) expect(pages.get(file)).toEqual(pageInfo(fs.readFileSync(file, 'utf8')));
    expect(checkLinks(FIXTURE, SITE, { pages })).toEqual(checkLinks(FIXTURE, SITE));
  });
  it('leaves small builds to the check itself', async () => {
    expect((await readPagesInParallel(htmlFiles(FIXTURE).map(([, f]) => f))).size).toBe(0);
  });
});
