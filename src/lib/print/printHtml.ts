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
 *   they work inside the PDF. References inside the drawings follow too (`fill="url(#id)"`, `<use href>`).
 *
 * The HTML is rewritten in place rather than parsed into a tree and written out again: parse5's
 * tokenizer (the one under hast's parser) finds each start tag with the positions of its attributes,
 * and only the attributes that change are replaced; every other byte is copied as Astro wrote it.
 * A chapter is mostly its charts' drawings, none of which change outside /print/, so building and
 * serialising a tree was most of the time a page took to render (a 1,000-chapter build parsed
 * each chapter body twice this way).
 */
import type { Source } from '../../schemas/source';
import { PAGES } from '../../i18n/locales';
import type { Token } from 'parse5';
import { readTokens } from '../links/htmlTokens';

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

/** Attributes whose value is a list of ids. */
const IDREF_ATTRS = new Set(['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for', 'headers']);
/** Attributes of the drawings that point at an element of the page by `url(#id)` (patterns, clips, markers). */
const URL_REF = /url\(#([^)]+)\)/g;
/** Paths whose links stay plain text on paper: navigation aids, not things a reader would look up. */
const UNNUMBERED = (['glossary', 'timeline', 'topics', 'pillars'] as const).flatMap((page) => Object.values(PAGES[page]));
const SOURCE_PAGES: string[] = Object.values(PAGES.sources);

export interface PrintHtml {
  html: string;
  /** Numbered: links to other pages, data files and external sites. */
  endnotes: Endnote[];
  /** The sources the content links to (citations, chart sources), in order of first link. */
  sources: SourceRef[];
}

/** An element open at the current point of the HTML. */
interface Open {
  name: string;
  /** This element or one around it is `.no-print`. */
  noPrint: boolean;
  /** Where this element starts, if it is dropped with everything in it. */
  dropFrom?: number;
  /** The endnote this link created, whose label is the link's text (read up to its end tag). */
  endnote?: { note: Endnote; file?: string; text: string[] };
  /** A heading's new name, for its end tag. */
  rename?: string;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function preparePrintHtml(html: string, opts: PrintHtmlOptions): PrintHtml {
  const endnotes: Endnote[] = [];
  const byUrl = new Map<string, number>();
  const cited = new Map<string, SourceRef>();
  const prefix = opts.prefix ?? '';
  const shift = opts.headingShift ?? 0;
  const drop = new Set(opts.drop ?? []);

  const out: string[] = [];
  /** Offset in `html` up to which the output has been written. */
  let copied = 0;
  const stack: Open[] = [];
  /** Elements open inside a dropped one (the dropped one included). */
  let dropping = 0;

  /** How a link is printed: its new href, and whether it gets an endnote number. */
  const rewriteLink = (href: string): { href?: string; numbered?: { url: string; file?: string } } => {
    if (href.startsWith('#')) return prefix ? { href: `#${prefix}${href.slice(1)}` } : {};
    let url: URL;
    try {
      url = new URL(href, opts.site);
    } catch {
      return {};
    }
    if (url.origin === opts.site.origin) {
      const hash = decodeURIComponent(url.hash.slice(1));
      const target = opts.inDocument?.(url.pathname, hash);
      if (target !== undefined) return { href: `#${target}` };
      if (UNNUMBERED.some((p) => url.pathname.startsWith(p))) return {};
      if (SOURCE_PAGES.includes(url.pathname) && hash) {
        // A source is listed in full, with its address, under "Sources cited"; its short form in
        // the text is already the reference, so it gets no number.
        const source = opts.sources.get(hash);
        if (source && !cited.has(hash)) cited.set(hash, source);
        if (source) return {};
      }
      return { numbered: { url: url.href, file: url.pathname.match(/\/([^/]+\.[a-z0-9]+)$/i)?.[1] } };
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') return { numbered: { url: url.href } };
    return {};
  };

  /** Copies the HTML up to `offset`, then writes `text` in place of what lies between `offset` and `resume`. */
  const splice = (offset: number, resume: number, text: string) => {
    out.push(html.slice(copied, offset), text);
    copied = resume;
  };

  const onStartTag = (token: Token.TagToken, opens: boolean) => {
    const name = token.tagName;
    const location = token.location!;

    if (dropping) {
      if (opens) {
        stack.push({ name, noPrint: true });
        dropping++;
      }
      return;
    }
    const attrs = new Map(token.attrs.map((a) => [a.name, a.value]));
    const classes = (attrs.get('class') ?? '').split(/\s+/).filter(Boolean);
    const parent = stack.at(-1);
    const entry: Open = { name, noPrint: (parent?.noPrint ?? false) || classes.includes('no-print') };
    if (classes.some((c) => drop.has(c))) {
      if (!opens) {
        splice(location.startOffset, location.endOffset, '');
        return;
      }
      entry.dropFrom = location.startOffset;
      stack.push(entry);
      dropping = 1;
      return;
    }

    // The attributes that change, by name, and one to add.
    const changed = new Map<string, string>();
    let added = '';
    if (prefix) {
      const id = attrs.get('id');
      if (id) changed.set('id', prefix + id);
      for (const [attr, value] of attrs) {
        if (IDREF_ATTRS.has(attr) && value.trim())
          changed.set(
            attr,
            value
              .trim()
              .split(/\s+/)
              .map((x) => prefix + x)
              .join(' '),
          );
        else if (value.includes('url(#'))
          changed.set(
            attr,
            value.replace(URL_REF, (_, ref: string) => `url(#${prefix}${ref})`),
          );
      }
      const fig = attrs.get('data-fig');
      if (fig) changed.set('data-fig', prefix + fig);
      if (name !== 'a')
        for (const attr of ['href', 'xlink:href']) if (attrs.get(attr)?.startsWith('#')) changed.set(attr, `#${prefix}${attrs.get(attr)!.slice(1)}`);
    }
    if (name === 'a') {
      const href = attrs.get('href');
      if (href) {
        if (entry.noPrint) {
          if (prefix && href.startsWith('#')) changed.set('href', `#${prefix}${href.slice(1)}`);
        } else {
          const link = rewriteLink(href);
          if (link.href !== undefined) changed.set('href', link.href);
          if (link.numbered) {
            let n = byUrl.get(link.numbered.url);
            if (n === undefined) {
              n = endnotes.length + 1;
              byUrl.set(link.numbered.url, n);
              const note = { n, label: '', url: link.numbered.url };
              endnotes.push(note);
              entry.endnote = { note, file: link.numbered.file, text: [] };
            }
            added = ` data-endnote="${n}"`;
          }
        }
      }
    }
    if (shift && /^h[1-6]$/.test(name)) entry.rename = `h${Math.min(6, Number(name[1]) + shift)}`;

    if (changed.size || added || entry.rename) {
      // Rewritten in source order: the name, then each changed attribute, then the added one before the tag's end.
      const edits: [number, number, string][] = [];
      if (entry.rename) edits.push([location.startOffset + 1, location.startOffset + 1 + name.length, entry.rename]);
      for (const [attr, value] of changed) {
        const at = location.attrs![attr]!;
        edits.push([at.startOffset, at.endOffset, `${html.slice(at.startOffset, at.startOffset + attr.length)}="${escapeAttr(value)}"`]);
      }
      if (added) {
        const end = location.endOffset - (token.selfClosing ? 2 : 1);
        edits.push([end, end, added]);
      }
      edits.sort((a, b) => a[0] - b[0]);
      for (const [from, to, text] of edits) splice(from, to, text);
    }
    if (opens) stack.push(entry);
  };

  const onEndTag = (token: Token.TagToken) => {
    const name = token.tagName;
    // Close up to the matching element; an end tag that matches none is left as it is. Inside a
    // dropped element only its own elements can match, so the drop ends at its own end tag.
    const at = stack.findLastIndex((e) => e.name === name);
    if (at < 0 || (dropping && at < stack.length - dropping)) return;
    const closed = stack.splice(at);
    const location = token.location!;
    if (dropping) {
      dropping -= closed.length;
      if (dropping === 0) splice(closed[0]!.dropFrom!, location.endOffset, '');
      return;
    }
    const element = closed[0]!;
    if (element.rename) splice(location.startOffset + 2, location.startOffset + 2 + name.length, element.rename);
    for (const e of closed) {
      if (!e.endnote) continue;
      const label = e.endnote.text.join('').replace(/\s+/g, ' ').trim();
      e.endnote.note.label = e.endnote.file && label.length < 12 ? `${label}: ${e.endnote.file}` : label;
    }
  };

  const onText = (token: Token.CharacterToken) => {
    if (dropping) return;
    for (const e of stack) e.endnote?.text.push(token.chars);
  };
  readTokens(html, { start: onStartTag, end: onEndTag, text: onText }, { locations: true });
  out.push(html.slice(copied));
  return { html: out.join(''), endnotes, sources: [...cited.values()] };
}
