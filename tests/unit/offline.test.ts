/**
 * Offline reading, without a browser: what each unit saves, what removing leaves, the cache names a
 * build owns, the saved list across an update, the build id, and what the bundle record keeps.
 */
import { describe, expect, it } from 'vitest';
import { offlineManifest, type ManifestInput, type OfflineManifest } from '../../src/lib/offline/manifest';
import { afterRemoval, filesFor, unneeded, withParts } from '../../src/lib/offline/saving';
import { cacheKey, cacheName, fallbackFor, ownCaches, REGISTRY_CACHE, staleCaches } from '../../src/lib/offline/cacheKeys';
import { afterUpdate, isSaved, registryOf } from '../../src/lib/offline/registry';
import { buildId } from '../../src/lib/offline/buildId';
import { bundleDigest, clientAssets, recordBundle, resetBundleRecord } from '../../src/lib/offline/bundleRecord';

const input: ManifestInput = {
  chapters: [
    { lang: 'en', page: '/overview/', title: 'Overview', pdfs: ['/pdf/overview.pdf'], figures: [] },
    {
      lang: 'en',
      page: '/trade/',
      title: 'Trade',
      pdfs: ['/pdf/trade.pdf', '/pdf/trade-a4.pdf'],
      figures: [
        { svg: '/charts/trade/us-mexico-trade.svg', csv: '/data/us-mexico-goods-trade.csv' },
        { svg: '/charts/trade/us-mexico-balance.svg', csv: '/data/us-mexico-goods-trade.csv' },
      ],
    },
    {
      lang: 'es',
      page: '/es/comercio/',
      title: 'Comercio',
      pdfs: ['/es/pdf/comercio.pdf'],
      figures: [{ svg: '/es/graficas/comercio/us-mexico-trade.svg', csv: '/data/us-mexico-goods-trade.csv' }],
    },
  ],
  editions: [
    { lang: 'en', home: '/', glossary: '/glossary/', title: 'The whole briefing', pdfs: ['/pdf/intermestic-briefing.pdf'] },
    { lang: 'es', home: '/es/', glossary: '/es/glosario/', title: 'El informe completo', pdfs: ['/es/pdf/intermestic-informe.pdf'] },
  ],
  assets: ['/_astro/site.B2.js', '/_astro/style.A1.css', '/_astro/site.B2.js'],
  shared: ['/favicon.svg', '/print/running-heads.css', '/offline/', '/es/sin-conexion/'],
  fallback: { en: '/offline/', es: '/es/sin-conexion/' },
};
const manifest: OfflineManifest = { build: 'b1', ...offlineManifest(input) };
const unit = (id: string) => manifest.units.find((u) => u.id === id)!;

describe('what a unit saves', () => {
  it('a chapter: its page first, every PDF printed from it, each figure’s SVG and CSV once, its edition’s glossary', () => {
    expect(unit('/trade/').files).toEqual([
      '/trade/',
      '/pdf/trade.pdf',
      '/pdf/trade-a4.pdf',
      '/charts/trade/us-mexico-trade.svg',
      '/data/us-mexico-goods-trade.csv',
      '/charts/trade/us-mexico-balance.svg',
      '/glossary/',
    ]);
    expect(unit('/es/comercio/').files).toContain('/es/glosario/');
    expect(unit('/overview/')).toMatchObject({ kind: 'chapter', lang: 'en', title: 'Overview', parts: [] });
  });
  it('a whole briefing: its home page and PDF, with its edition’s chapters as parts', () => {
    expect(unit('/')).toMatchObject({ kind: 'briefing', files: ['/', '/pdf/intermestic-briefing.pdf'], parts: ['/overview/', '/trade/'] });
    expect(unit('/es/').parts).toEqual(['/es/comercio/']);
  });
  it('lists hashed assets once, sorted', () => {
    expect(manifest.assets).toEqual(['/_astro/site.B2.js', '/_astro/style.A1.css']);
  });
  it('needs the assets and shared files with any unit, and nothing when nothing is saved', () => {
    const files = filesFor(manifest, ['/overview/']);
    expect(files).toEqual([...manifest.assets, ...manifest.shared, '/overview/', '/pdf/overview.pdf', '/glossary/']);
    expect(filesFor(manifest, [])).toEqual([]);
    expect(filesFor(manifest, ['/no-such-chapter/'])).toEqual([]);
  });
  it('saves a whole briefing with its chapters, each file once', () => {
    expect(withParts(manifest, ['/'])).toEqual(['/', '/overview/', '/trade/']);
    const files = filesFor(manifest, withParts(manifest, ['/', '/trade/']));
    expect(new Set(files).size).toBe(files.length);
    expect(files).toEqual(expect.arrayContaining(['/', '/overview/', '/trade/', '/pdf/intermestic-briefing.pdf', '/glossary/']));
    expect(files).not.toContain('/es/comercio/');
  });
});

describe('removing', () => {
  it('removes a chapter and keeps the others', () => {
    expect(afterRemoval(manifest, ['/overview/', '/trade/'], ['/trade/'])).toEqual(['/overview/']);
  });
  it('a removed briefing takes its chapters; a chapter removed from it leaves the rest, and the briefing no longer whole', () => {
    const saved = withParts(manifest, ['/', '/es/comercio/']);
    expect(afterRemoval(manifest, saved, ['/'])).toEqual(['/es/comercio/']);
    const left = afterRemoval(manifest, saved, ['/trade/']);
    expect(left).toEqual(['/', '/overview/', '/es/comercio/']);
    expect(unneeded(filesFor(manifest, saved), filesFor(manifest, left))).toContain('/trade/');
    expect(isSaved(registryOf(manifest, saved), '/')).toBe(true);
    expect(isSaved(registryOf(manifest, left), '/')).toBe(false);
    expect(isSaved(registryOf(manifest, left), '/overview/')).toBe(true);
    expect(isSaved(undefined, '/overview/')).toBe(false);
  });
  it('deletes only files no remaining unit needs (the glossary stays while a chapter of its edition does)', () => {
    const cached = filesFor(manifest, ['/overview/', '/trade/']);
    const gone = unneeded(cached, filesFor(manifest, ['/overview/']));
    expect(gone).toEqual([
      '/trade/',
      '/pdf/trade.pdf',
      '/pdf/trade-a4.pdf',
      '/charts/trade/us-mexico-trade.svg',
      '/data/us-mexico-goods-trade.csv',
      '/charts/trade/us-mexico-balance.svg',
    ]);
    expect(unneeded(cached, [])).toEqual(cached);
  });
});

describe('cache keys', () => {
  it('names one cache per build, and finds the other builds’ caches to drop, never the saved list', () => {
    expect(cacheName('b2')).not.toBe(cacheName('b1'));
    const names = [cacheName('b1'), cacheName('b2'), REGISTRY_CACHE, 'someone-else'];
    expect(staleCaches(names, 'b2')).toEqual([cacheName('b1')]);
    expect(ownCaches(names)).toEqual([cacheName('b1'), cacheName('b2'), REGISTRY_CACHE]);
  });
  it('answers every view and anchor of a page from the page', () => {
    expect(cacheKey(new URL('https://intermestic.org/trade/?us-mexico-trade.view=table#fig-us-mexico-trade'))).toBe('/trade/');
  });
  it('falls back to the offline page of the address’s language', () => {
    expect(fallbackFor(manifest.fallback, '/migration/')).toBe('/offline/');
    expect(fallbackFor(manifest.fallback, '/es/migracion/')).toBe('/es/sin-conexion/');
  });
});

describe('the saved list across builds', () => {
  it('records language, kind and title from the manifest, and ignores unknown units', () => {
    expect(registryOf(manifest, ['/trade/', '/gone/'])).toEqual({
      build: 'b1',
      units: [{ id: '/trade/', lang: 'en', kind: 'chapter', title: 'Trade', parts: [] }],
    });
  });
  it('a new build keeps what it still has, takes its titles, and marks the update to tell the reader once', () => {
    const next: OfflineManifest = {
      ...manifest,
      build: 'b2',
      units: manifest.units.filter((u) => u.id !== '/overview/').map((u) => ({ ...u, title: `${u.title}, revised` })),
    };
    const after = afterUpdate(registryOf(manifest, ['/overview/', '/trade/']), next);
    expect(after).toEqual({ build: 'b2', units: [{ id: '/trade/', lang: 'en', kind: 'chapter', title: 'Trade, revised', parts: [] }], updated: true });
    expect(afterUpdate(after, next).updated).toBe(true);
    expect(afterUpdate({ ...after, updated: false }, next).updated).toBeUndefined();
  });
  it('a worker of the same build, or with nothing saved, tells nobody', () => {
    expect(afterUpdate(registryOf(manifest, ['/trade/']), manifest).updated).toBeUndefined();
    expect(afterUpdate(registryOf(manifest, []), { ...manifest, build: 'b2' }).updated).toBeUndefined();
  });
});

describe('build id', () => {
  it('is the same for the same inputs and differs when any input does', () => {
    expect(buildId(['a', 'b'])).toBe(buildId(['a', 'b']));
    expect(buildId(['a', 'b'])).not.toBe(buildId(['a', 'c']));
    expect(buildId(['ab', 'c'])).not.toBe(buildId(['a', 'bc']));
    expect(buildId(['a'])).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('bundle record', () => {
  it('keeps the files pages load: the client’s, and the stylesheet another environment writes beside them', () => {
    resetBundleRecord();
    recordBundle(
      'prerender',
      [
        { fileName: 'chunks/page.mjs', kind: 'chunk', content: 'render("/home/me/site/src/x.astro")' },
        { fileName: '_astro/style.A1.css', kind: 'asset', content: 'body{}' },
        { fileName: '.vite/manifest.json', kind: 'asset', content: '{}' },
      ],
      { root: '/home/me/site', assetsDir: '_astro' },
    );
    recordBundle('client', [{ fileName: '_astro/site.B2.js', kind: 'chunk', content: 'x' }], { root: '/home/me/site', assetsDir: '_astro' });
    expect(clientAssets()).toEqual(['/_astro/site.B2.js', '/_astro/style.A1.css']);
  });
  it('digests content without the project folder, so a build elsewhere gets the same id', () => {
    const digestIn = (root: string) => {
      resetBundleRecord();
      recordBundle('prerender', [{ fileName: 'chunks/page.mjs', kind: 'chunk', content: `render("${root}/src/x.astro")` }], { root, assetsDir: '_astro' });
      return bundleDigest();
    };
    expect(digestIn('/home/me/site')).toBe(digestIn('/ci/build'));
    resetBundleRecord();
  });
});
