import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { LOCALE, PAGES, type Lang } from '../../i18n/locales';
import { TOPIC_NAMES } from '../../i18n/taxonomy';
import { chapterPath, getChapters, getSite } from '../content/queries';

/** An edition's chapters, newest review first, so readers learn when a chapter has been brought up to date. */
export async function rssFeed(lang: Lang, context: APIContext) {
  const site = await getSite(lang);
  const chapters = [...(await getChapters(lang))].sort((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime());
  return rss({
    title: `${site.title}: ${site.tagline}`,
    description: site.intro,
    // The channel's <link> is the edition's home page: /es/ for the Spanish feed. Item links are absolute paths.
    site: new URL(PAGES.home[lang], context.site!).href,
    items: chapters.map((c) => ({
      title: c.data.title,
      description: c.data.dek,
      link: chapterPath(c),
      pubDate: c.data.lastReviewed,
      categories: c.data.topics.map((topic) => TOPIC_NAMES[lang][topic]),
    })),
    customData: `<language>${LOCALE[lang].toLowerCase()}</language>`,
  });
}
