/**
 * The route data: every page's twin in the other edition and whether it is indexed, from the fixed
 * paths, the tag slugs and the loaded chapters (here a small index filled by hand).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexCollection } from '../../src/lib/content/contentIndex';
import { isIndexable, isListed, twinPath } from '../../src/i18n/routes';

beforeAll(() => {
  const sections = (ids: string[], keys?: string[]) =>
    ids.map((id, i) => ({ id, heading: id, topics: ['migration'], pillars: [], ...(keys ? { key: keys[i] } : {}) }));
  indexCollection('chapters', [
    { id: 'migration', file: 'content/chapters/migration.mdx', data: { sections: sections(['surge-2021', 'root-causes']) } },
  ] as never);
  indexCollection('chaptersEs', [
    {
      id: 'migracion',
      file: 'content/es/chapters/migracion.mdx',
      data: { translationOf: 'migration', sections: sections(['el-auge-de-2021', 'causas'], ['surge-2021', 'root-causes']) },
    },
  ] as never);
});

describe('twin pages', () => {
  it('pairs fixed pages, chapters, share pages and tag pages both ways', () => {
    expect(twinPath('/')).toBe('/es/');
    expect(twinPath('/es/glosario/')).toBe('/glossary/');
    expect(twinPath('/migration/')).toBe('/es/migracion/');
    expect(twinPath('/es/migracion/s/causas/')).toBe('/migration/s/root-causes/');
    expect(twinPath('/topics/migration/')).toBe('/es/temas/migracion/');
    expect(twinPath('/es/pilares/reconstruir-juntos/')).toBe('/pillars/building-back-together/');
    expect(twinPath('/es/404')).toBe('/404.html');
    expect(twinPath('/offline/')).toBe('/es/sin-conexion/');
  });
  it('knows no twin for a path no route serves', () => {
    expect(twinPath('/nowhere/')).toBeUndefined();
    expect(twinPath('/migration/s/no-such-section/')).toBeUndefined();
  });
});

describe('indexing', () => {
  it('bars share pages, the 404 pages and the offline pages from search, not the print editions or embeds', () => {
    expect(isIndexable('/migration/')).toBe(true);
    expect(isIndexable('/migration/s/root-causes/')).toBe(false);
    expect(isIndexable('/trade/f/us-mexico-trade/')).toBe(false);
    expect(isIndexable('/es/imprimir/')).toBe(true);
    expect(isIndexable('/print/')).toBe(true);
    expect(isIndexable('/embed/trade/us-mexico-trade/')).toBe(true);
    expect(isIndexable('/404.html')).toBe(false);
    expect(isIndexable('/es/404')).toBe(false);
    expect(isIndexable('/offline/')).toBe(false);
    expect(isIndexable('/es/sin-conexion/')).toBe(false);
  });

  it('lists in the sitemap only pages that are their own canonical URL', () => {
    expect(isListed('/print/')).toBe(true);
    expect(isListed('/es/imprimir/')).toBe(true);
    expect(isListed('/embed/trade/us-mexico-trade/')).toBe(false);
    expect(isListed('/es/insertar/comercio/us-mexico-trade/')).toBe(false);
    expect(isListed('/migration/s/root-causes/')).toBe(false);
  });
});
