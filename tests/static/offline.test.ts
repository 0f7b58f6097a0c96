/**
 * The service worker the build wrote (dist/sw.js), checked against the built files: every file it
 * would save exists, every stylesheet and script a chapter page loads is among them, every chapter of
 * both editions can be saved, and it is served to be revalidated, never kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlTags } from '../../src/lib/links/htmlTags';
import type { OfflineManifest } from '../../src/lib/offline/manifest';
import { MANIFEST_GLOBAL } from '../../src/lib/offline/serviceWorkerScript';
import { filesFor } from '../../src/lib/offline/saving';
import { headersFor, parseHeadersFile } from '../../src/lib/security/headersFile';
import { chapters, DIST } from '../support/site';

const script = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
const manifest = JSON.parse(script.split('\n')[0]!.replace(`const ${MANIFEST_GLOBAL} = `, '').replace(/;$/, '')) as OfflineManifest;
const fileOf = (p: string) => path.join(DIST, p.endsWith('/') ? `${p}index.html` : p);

describe('the service worker', () => {
  test('carries a build id and a unit for every chapter and each edition’s whole briefing', () => {
    expect(manifest.build).toMatch(/^[0-9a-f]{16}$/);
    const ids = manifest.units.map((u) => u.id);
    for (const lang of ['en', 'es'] as const) {
      for (const c of chapters(lang)) expect(ids).toContain(lang === 'en' ? `/${c.slug}/` : `/es/${c.slug}/`);
    }
    expect(ids).toEqual(expect.arrayContaining(['/', '/es/']));
  });

  test('every file it would save exists in the build', () => {
    const all = filesFor(
      manifest,
      manifest.units.map((u) => u.id),
    );
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((p) => !fs.existsSync(fileOf(p)))).toEqual([]);
  });

  test('a saved chapter has every stylesheet, script and icon its page loads, its PDF and each figure’s SVG and CSV', () => {
    const problems: string[] = [];
    for (const unit of manifest.units.filter((u) => u.kind === 'chapter')) {
      const files = new Set(filesFor(manifest, [unit.id]));
      const tags = htmlTags(fs.readFileSync(fileOf(unit.id), 'utf8'));
      const loads = tags.flatMap((t) =>
        t.name === 'script' && t.attrs.get('src')
          ? [t.attrs.get('src')!]
          : t.name === 'link' && /stylesheet|icon/.test(t.attrs.get('rel') ?? '')
            ? [t.attrs.get('href')!]
            : [],
      );
      const figures = tags.filter((t) => t.name === 'a' && t.attrs.has('download') && !t.attrs.get('href')!.endsWith('.png')).map((t) => t.attrs.get('href')!);
      for (const file of [...loads, ...figures]) if (!files.has(file)) problems.push(`${unit.id}: ${file} is not saved`);
      if (!unit.files.some((f) => f.endsWith('.pdf'))) problems.push(`${unit.id}: no PDF`);
    }
    expect(problems).toEqual([]);
  });

  test('is revalidated on every use (_headers), so a new build reaches saved chapters', () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(DIST, '_headers'), 'utf8'));
    expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });
});
