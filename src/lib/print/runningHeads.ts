/**
 * Running heads and folios for paper, from the chapters and the dictionary: one CSS named page per
 * chapter whose margin boxes carry the chapter title and last-reviewed date (Chromium prints @page
 * margin boxes but has no `string-set`, so a per-chapter title needs a named page). The print
 * edition links every rule (/print/running-heads.css); a chapter page carries only its own, inline
 * in its head (ChapterPage.astro, hashed for the CSP), so printing a chapter costs no request.
 */
import type { Lang } from '../../i18n/locales';
import { t, tParts } from '../../i18n/ui';
import { formatDate } from '../format/dates';

export interface RunningHeadChapter {
  id: string;
  order: number;
  title: string;
  lastReviewed: Date;
  /** The chapter's path ("/trade/"), printed after the host in the footer. */
  path: string;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const str = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/** "Page n of N" in the edition's words, as a margin box. Each named page states its own (print.css sets none). */
function folio(lang: Lang): string {
  const content = tParts(lang, 'print.folio')
    .map((p, i) => (i % 2 === 0 ? (p ? str(p) : '') : `counter(${p})`))
    .filter(Boolean)
    .join(' ');
  return `@bottom-right { content: ${content}; }`;
}

/** The edition's own pages and the print edition's front and back matter. */
export function editionPageRules(lang: Lang): string[] {
  const prefix = lang === 'en' ? '' : `${lang}-`;
  return [
    `@page ${lang} { ${folio(lang)} }`,
    `@page ${prefix}front { @top-left { content: ${str(t(lang, 'print.pageContents'))}; } ${folio(lang)} }`,
    `@page ${prefix}back { @top-left { content: ${str(t(lang, 'print.pageSources'))}; } ${folio(lang)} }`,
  ];
}

/** One chapter's named page, and the rule that puts its chapter page or print-edition section on it. One line. */
export function chapterPageRule(lang: Lang, briefing: string, host: string, c: RunningHeadChapter): string {
  const name = `chapter-${c.id}`;
  return [
    `@page ${name} {`,
    `@top-left { content: ${str(`${briefing} · ${c.order}. ${c.title}`)}; }`,
    `@top-right { content: ${str(`${t(lang, 'print.lastReviewed')} ${formatDate(c.lastReviewed, lang)}`)}; }`,
    `@bottom-left { content: ${str(`${host}${c.path}`)}; }`,
    `${folio(lang)} }`,
    // The first page of a chapter page opens with the print header block, which says it all.
    `@page ${name}:first { @top-left { content: none; } @top-right { content: none; } }`,
    `main:has(.print-header[data-print-chapter="${c.id}"]), .print-chapter[data-print-chapter="${c.id}"] { page: ${name}; }`,
  ].join(' ');
}
