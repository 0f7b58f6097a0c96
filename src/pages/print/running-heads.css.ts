/**
 * Every running head of both editions (src/lib/print/runningHeads.ts), for the print editions, which
 * link it with media="print". Chapter pages carry only their own rule, inline.
 */
import type { APIRoute } from 'astro';
import { LANGS } from '../../i18n/locales';
import { chapterPath, getChapters, getSite } from '../../lib/content/queries';
import { chapterPageRule, editionPageRules } from '../../lib/print/runningHeads';

export const GET: APIRoute = async ({ site }) => {
  const host = (site ?? new URL('https://example.org')).host;
  const rules: string[] = [];
  // Both editions in one file: chapter slugs differ between them (migration, migracion), so names never clash.
  for (const lang of LANGS) {
    const info = await getSite(lang);
    rules.push(...editionPageRules(lang));
    for (const c of await getChapters(lang))
      rules.push(
        chapterPageRule(lang, info.title, host, {
          id: c.id,
          order: c.data.order,
          title: c.data.title,
          lastReviewed: c.data.lastReviewed,
          path: chapterPath(c),
        }),
      );
  }
  const css = `/* Generated from content/chapters at build time: running heads per chapter, for print. */\n${rules.join('\n')}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
