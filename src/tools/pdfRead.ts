/**
 * Reads a PDF with pdfjs-dist (a dev dependency): page count, text per page, the outline (bookmarks)
 * with the page each entry opens, the links on each page, and whether it is tagged (MarkInfo).
 * Used by the PDF build (page numbers in the briefing's contents) and by the PDF tests.
 */
import fs from 'node:fs';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type Pdfjs = typeof PdfjsModule;

export interface OutlineEntry {
  title: string;
  depth: number;
  page: number | null;
}
export interface PdfLink {
  page: number;
  url?: string;
  destPage?: number | null;
}
export interface PdfReport {
  pages: number;
  text: string[];
  outline: OutlineEntry[];
  links: PdfLink[];
  tagged: boolean;
  info: Record<string, unknown>;
}

/** pdfjs-dist, or null when it is not installed. */
export async function loadPdfjs(): Promise<Pdfjs | null> {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    return null;
  }
}

/** Reads a PDF from a file path or its bytes; `pages: false` skips the text and links of each page (the outline alone is quick). */
export async function readPdf(input: string | Uint8Array, options: { links?: boolean; pages?: boolean } = {}): Promise<PdfReport> {
  const pdfjs = await loadPdfjs();
  if (!pdfjs) throw new Error('pdfjs-dist is not installed: run `npm ci` (it is a dev dependency)');
  const data = typeof input === 'string' ? new Uint8Array(fs.readFileSync(input)) : new Uint8Array(input);
  const task = pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0 } as Parameters<Pdfjs['getDocument']>[0]);
  const doc = await task.promise;
  try {
    const pageOf = async (dest: unknown): Promise<number | null> => {
      try {
        const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
        if (!Array.isArray(explicit) || !explicit[0]) return null;
        return (await doc.getPageIndex(explicit[0])) + 1;
      } catch {
        return null;
      }
    };
    const outline: OutlineEntry[] = [];
    const walk = async (items: { title: string; dest: unknown; items: unknown[] }[] | null, depth: number): Promise<void> => {
      for (const item of items ?? []) {
        outline.push({ title: String(item.title).replace(/\s+/g, ' ').trim(), depth, page: await pageOf(item.dest) });
        await walk(item.items as typeof items, depth + 1);
      }
    };
    await walk((await doc.getOutline()) as never, 0);
    const text: string[] = [];
    const links: PdfLink[] = [];
    for (let i = 1; options.pages !== false && i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      text.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
      if (options.links) {
        for (const a of await page.getAnnotations()) {
          if (a.subtype !== 'Link') continue;
          links.push(a.url ? { page: i, url: a.url } : { page: i, destPage: a.dest ? await pageOf(a.dest) : null });
        }
      }
      page.cleanup();
    }
    const { info } = await doc.getMetadata();
    const mark: unknown = await doc.getMarkInfo(); // a Map in pdfjs-dist 6, a plain object in earlier versions
    const tagged = Boolean(mark instanceof Map ? mark.get('Marked') : (mark as { Marked?: boolean } | null)?.Marked);
    return { pages: doc.numPages, text, outline, links, tagged, info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}
