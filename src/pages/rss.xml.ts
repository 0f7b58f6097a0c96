import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getChapters, getSite } from '../lib/content/queries';

/** Chapters, newest review first, so readers learn when a chapter has been brought up to date. */
export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const chapters = [...(await getChapters())].sort((a, b) => b.data.lastReviewed.getTime() - a.data.lastReviewed.getTime());
  return rss({
    title: `${site.title}: ${site.tagline}`,
    description: site.intro,
    site: context.site!,
    items: chapters.map((c) => ({
      title: c.data.title,
      description: c.data.dek,
      link: `/${c.id}/`,
      pubDate: c.data.lastReviewed,
      categories: c.data.topics,
    })),
    customData: '<language>en-us</language>',
  });
};
