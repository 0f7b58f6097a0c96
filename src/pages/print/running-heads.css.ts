/**
 * Running heads and folios for paper, generated from the chapters and the dictionary: one CSS named page per chapter whose margin
 * boxes carry the chapter title and last-reviewed date (Chromium prints @page margin boxes but has no
 * `string-set`, so a per-chapter title needs a named page). Chapter pages pick their named page
 * through the print header's `data-print-chapter`; in /print/ each chapter section does.
 * Linked with media="print" by PrintHeader.astro and /print/.
 */
import type { APIRoute } from 'astro';
import { LANGS } from '../../i18n/locales';
import { t, tParts } from '../../i18n/ui';
import { chapterPath, getChapters, getSite } from '../../lib/content/queries';
import { formatDate } from '../../lib/format/dates';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const str = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

export const GET: APIRoute = async ({ site }) => {
  const host = (site ?? new URL('https://example.org')).host;
  const rules: string[] = [];
  // Both editions in one file: chapter slugs differ between them (migration, migracion), so names never clash.
  for (const lang of LANGS) {
    const info = await getSite(lang);
    // Each named page states its own folio (print.css sets none in the universal @page rule).
    const folioCss = tParts(lang, 'print.folio')
      .map((p, i) => (i % 2 === 0 ? (p ? str(p) : '') : `counter(${p})`))
      .filter(Boolean)
      .join(' ');
    const folio = `\n  @bottom-right { content: ${folioCss}; }`;
    // The edition's own pages and the print edition's front and back matter, words from the dictionary.
    const prefix = lang === 'en' ? '' : `${lang}-`;
    rules.push(
      `@page ${lang} {${folio}\n}`,
      `@page ${prefix}front {\n  @top-left { content: ${str(t(lang, 'print.pageContents'))}; }${folio}\n}`,
      `@page ${prefix}back {\n  @top-left { content: ${str(t(lang, 'print.pageSources'))}; }${folio}\n}`,
    );
    for (const c of await getChapters(lang)) {
      const name = `chapter-${c.id}`;
      rules.push(
        [
          `@page ${name} {`,
          `  @top-left { content: ${str(`${info.title} · ${c.data.order}. ${c.data.title}`)}; }`,
          `  @top-right { content: ${str(`${t(lang, 'print.lastReviewed')} ${formatDate(c.data.lastReviewed, lang)}`)}; }`,
          `  @bottom-left { content: ${str(`${host}${chapterPath(c)}`)}; }${folio}`,
          `}`,
          // The first page of a chapter page opens with the print header block, which says it all.
          `@page ${name}:first { @top-left { content: none; } @top-right { content: none; } }`,
          `main:has(.print-header[data-print-chapter="${c.id}"]), .print-chapter[data-print-chapter="${c.id}"] { page: ${name}; }`,
        ].join('\n'),
      );
    }
  }
  const css = `/* Generated from content/chapters at build time: running heads per chapter, for print. */\n${rules.join('\n')}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
