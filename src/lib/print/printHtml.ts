/**
 * Build-time rewriting of a chapter's rendered HTML for paper.
 *
 * - Every link that leaves the printed document (another page of the site, a source's address, a
 *   data file, any external site) gets a number, `data-endnote="n"`; the print stylesheet shows the
 *   number as a superscript and the list of numbers becomes "Links in this chapter". Links to a
 *   source (`/sources/#id`: citations, chart source lines) get no number: the text already shows the
 *   reference, and the source is listed in full with its own address under "Sources cited".
 *   Links inside `.no-print` controls, in-page anchors and glossary terms get no number.
 * - For the whole briefing (/print/), where six chapters share one page: every id is prefixed with
 *   the chapter's slug (footnote ids such as `user-content-fn-1` would otherwise clash), every in-page
 *   reference follows, headings move one level down under the chapter's h2, and links to a place that
 *   is also in the document (another chapter, a section, a source) become in-document links, so
 *   they work inside the PDF.
 */
import type { Source } from '../../schemas/source';
import { PAGES } from '../../i18n/locales';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface Endnote {
  n: number;
  /** What the link says (the citation text for a source). */
  label: string;
  /** Absolute address. */
  url: string;
}

export type SourceRef = Source;

export interface PrintHtmlOptions {
  /** Canonical origin of the site (Astro.site). */
  site: URL;
  /** Sources by id, to print a citation's own address. */
  sources: Map<string, SourceRef>;
  /** /print/ only: prefix for every id in this fragment, e.g. "trade--". */
  prefix?: string;
  /** /print/ only: move h2→h3, h3→h4 … by this many levels. */
  headingShift?: number;
  /**
   * /print/ only: the in-document anchor (without "#") for a site path and hash, when the place is
   * part of the printed document; undefined otherwise.
   */
  inDocument?: (pathname: string, hash: string) => string | undefined;
  /** Drop elements with these classes entirely (e.g. the heading link controls in /print/). */
  drop?: string[];
}

const IDREF_ATTRS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'] as const;
/** Paths whose links stay plain text on paper: navigation aids, not things a reader would look up. */
const UNNUMBERED = (['glossary', 'timeline', 'topics', 'pillars'] as const).flatMap((page) => Object.values(PAGES[page]));
const SOURCE_PAGES: string[] = Object.values(PAGES.sources);

const classesOf = (el: Element): string[] => {
  const c = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : c ? String(c).split(/\s+/) : [];
};

const textOf = (node: ElementContent | RootContent): string => {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
};

export interface PrintHtml {
  html: string;
  /** Numbered: links to other pages, data files and external sites. */
  endnotes: Endnote[];
  /** The sources the content links to (citations, chart sources), in order of first link. */
  sources: SourceRef[];
}

export function preparePrintHtml(html: string, opts: PrintHtmlOptions): PrintHtml {
  const tree: Root = fromHtml(html, { fragment: true });
  const endnotes: Endnote[] = [];
  const byUrl = new Map<string, number>();
  const cited = new Map<string, SourceRef>();
  const prefix = opts.prefix ?? '';
  const shift = opts.headingShift ?? 0;
  const drop = new Set(opts.drop ?? []);

  const number = (url: string, label: string): number => {
    let n = byUrl.get(url);
    if (n === undefined) {
      n = endnotes.length + 1;
      byUrl.set(url, n);
      endnotes.push({ n, label: label.replace(/\s+/g, ' ').trim(), url });
    }
    return n;
  };

  const rewriteLink = (el: Element) => {
    const href = el.properties.href;
    if (typeof href !== 'string' || href === '') return;
    if (href.startsWith('#')) {
      if (prefix) el.properties.href = `#${prefix}${href.slice(1)}`;
      return;
    }
    let url: URL;
    try {
      url = new URL(href, opts.site);
    } catch {
      return;
    }
    const label = textOf(el);
    if (url.origin === opts.site.origin) {
      const hash = decodeURIComponent(url.hash.slice(1));
      const target = opts.inDocument?.(url.pathname, hash);
      if (target !== undefined) {
        el.properties.href = `#${target}`;
        return;
      }
      if (UNNUMBERED.some((p) => url.pathname.startsWith(p))) return;
      if (SOURCE_PAGES.includes(url.pathname) && hash) {
        // A source is listed in full, with its address, under "Sources cited"; its short form in
        // the text is already the reference, so it gets no number.
        const source = opts.sources.get(hash);
        if (source && !cited.has(hash)) cited.set(hash, source);
        if (source) return;
      }
      const file = url.pathname.match(/\/([^/]+\.[a-z0-9]+)$/i)?.[1];
      el.properties.dataEndnote = String(number(url.href, file && label.length < 12 ? `${label}: ${file}` : label));
      return;
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') el.properties.dataEndnote = String(number(url.href, label));
  };

  const walk = (parent: Root | Element, insideNoPrint: boolean) => {
    parent.children = parent.children.filter((child) => !(child.type === 'element' && classesOf(child).some((c) => drop.has(c))));
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const el = child;
      const noPrint = insideNoPrint || classesOf(el).includes('no-print');
      if (prefix) {
        if (typeof el.properties.id === 'string' && el.properties.id) el.properties.id = prefix + el.properties.id;
        const props = el.properties as Record<string, unknown>;
        for (const attr of IDREF_ATTRS) {
          const v = props[attr];
          if (Array.isArray(v)) props[attr] = v.map((x) => prefix + String(x));
          else if (v)
            props[attr] = String(v)
              .split(/\s+/)
              .map((x) => prefix + x)
              .join(' ');
        }
        if (typeof el.properties.dataFig === 'string') el.properties.dataFig = prefix + el.properties.dataFig;
      }
      if (shift && /^h[1-6]$/.test(el.tagName)) el.tagName = `h${Math.min(6, Number(el.tagName[1]) + shift)}`;
      if (el.tagName === 'a') {
        if (noPrint) {
          if (prefix && typeof el.properties.href === 'string' && el.properties.href.startsWith('#'))
            el.properties.href = `#${prefix}${el.properties.href.slice(1)}`;
        } else rewriteLink(el);
      }
      walk(el, noPrint);
    }
  };
  walk(tree, false);
  return { html: toHtml(tree, { allowDangerousHtml: true }), endnotes, sources: [...cited.values()] };
}
