/**
 * The route data of both editions: for any page path, the same page in the other language, and
 * whether search engines should index it. Read from the fixed paths (locales.ts), the topic and
 * pillar slugs (taxonomy.ts) and the loaded chapters, so the <head>, the language switch and the
 * sitemap agree without any of them reading the built pages.
 */
import { indexed } from '../lib/content/contentIndex.ts';
import { base, chapterHref, EMBED_DIR, langOf, PAGES, type Lang } from './locales.ts';
import { PILLAR_SLUGS, TOPIC_SLUGS } from './taxonomy.ts';

interface ChapterRoute {
  lang: Lang;
  id: string;
  /** English slug, the pairing key. */
  key: string;
  /** Section id → English section id. */
  sections: Map<string, string>;
}

interface ChapterRoutes {
  /** By language and id ("en/trade"). */
  byId: Map<string, ChapterRoute>;
  /** By language and English slug ("es/trade"). */
  byKey: Map<string, ChapterRoute>;
}

let routes: { en: unknown; es: unknown; value: ChapterRoutes } | undefined;

/**
 * The chapters' routes, looked up by id or pairing key. Built once per content load (the index keeps
 * each collection's array until it is loaded again): twinPath runs for every page, and rebuilding the
 * list and searching it on each call made a large build grow with the square of its chapters.
 */
function chapterRoutes(): ChapterRoutes {
  const en = indexed('chapters');
  const es = indexed('chaptersEs');
  if (routes?.en === en && routes.es === es) return routes.value;
  const list: ChapterRoute[] = [
    ...en.map((c) => ({ lang: 'en' as const, id: c.id, key: c.id, sections: new Map(c.data.sections.map((s) => [s.id, s.id])) })),
    ...es.map((c) => ({
      lang: 'es' as const,
      id: c.id,
      key: c.data.translationOf,
      sections: new Map(c.data.sections.map((s) => [s.id, s.key])),
    })),
  ];
  const value = { byId: new Map(list.map((c) => [`${c.lang}/${c.id}`, c])), byKey: new Map(list.map((c) => [`${c.lang}/${c.key}`, c])) };
  routes = { en, es, value };
  return value;
}

const withSlash = (p: string) => (p.endsWith('/') || p.endsWith('.html') || p.endsWith('.xml') ? p : `${p}/`);

/** The same page in the other edition, or undefined for a path no route serves. */
export function twinPath(pathname: string): string | undefined {
  const path = withSlash(pathname.replace(/\/404\/?$/, '/404.html'));
  const lang = langOf(path);
  const other: Lang = lang === 'en' ? 'es' : 'en';
  for (const paths of Object.values(PAGES)) if (paths[lang] === path) return paths[other];
  for (const [dir, slugs] of [
    [PAGES.topics, TOPIC_SLUGS],
    [PAGES.pillars, PILLAR_SLUGS],
  ] as const) {
    if (!path.startsWith(dir[lang])) continue;
    const slug = path.slice(dir[lang].length, -1);
    const tag = Object.entries(slugs[lang]).find(([, s]) => s === slug)?.[0] as keyof (typeof slugs)['en'] | undefined;
    if (tag) return `${dir[other]}${slugs[other][tag]}/`;
  }
  // Embed pages: /embed/<chapter>/<figure>/ ↔ /es/insertar/<capítulo>/<figure>/ (figure ids are shared).
  const embed = path.slice(base(lang).length).match(new RegExp(`^/${EMBED_DIR[lang]}/([^/]+)/([^/]+)/$`));
  if (embed) {
    const chapters = chapterRoutes();
    const chapter = chapters.byId.get(`${lang}/${embed[1]}`);
    const twin = chapter && chapters.byKey.get(`${other}/${chapter.key}`);
    return twin ? `${base(other)}/${EMBED_DIR[other]}/${twin.id}/${embed[2]}/` : undefined;
  }
  const m = path.slice(base(lang).length).match(/^\/([^/]+)\/(?:(s|f)\/([^/]+)\/)?$/);
  if (!m) return undefined;
  const chapters = chapterRoutes();
  const chapter = chapters.byId.get(`${lang}/${m[1]}`);
  const twin = chapter && chapters.byKey.get(`${other}/${chapter.key}`);
  if (!chapter || !twin) return undefined;
  if (!m[2]) return chapterHref(other, twin.id);
  // Figure ids are the same in both editions.
  if (m[2] === 'f') return `${chapterHref(other, twin.id)}f/${m[3]}/`;
  const key = chapter.sections.get(m[3]!);
  const section = [...twin.sections].find(([, k]) => k === key)?.[0];
  return section ? `${chapterHref(other, twin.id)}s/${section}/` : undefined;
}

/**
 * Pages that ask search engines to stay away: the share pages (sections, figures), which only redirect
 * to their place in the chapter, the 404 pages and the offline pages, which serve this device only.
 * The print editions are indexed: the whole briefing on one page is a document of its own. Embed
 * pages are not barred either: they name their figure's share page as canonical (EmbedPage.astro),
 * which is how a search engine is told a page stands for another; Google asks not to combine that
 * with noindex.
 */
export function isIndexable(pathname: string): boolean {
  const path = withSlash(pathname.replace(/\/404\/?$/, '/404.html'));
  const lang = langOf(path);
  if (path === PAGES.notFound[lang] || path === PAGES.offline[lang]) return false;
  return !/\/[sf]\/[^/]+\/$/.test(path);
}

/**
 * Pages the sitemap lists, with their language alternates: indexable pages that are their own
 * canonical URL (embed pages stand for their figure's share page).
 */
export function isListed(pathname: string): boolean {
  return isIndexable(pathname) && !isEmbed(pathname);
}

/** Embed pages are the only pages other sites may frame (src/integrations/headersFile.ts). */
export function isEmbed(pathname: string): boolean {
  const lang = langOf(pathname);
  return pathname.startsWith(`${base(lang)}/${EMBED_DIR[lang]}/`);
}
