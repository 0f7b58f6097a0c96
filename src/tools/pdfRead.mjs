/**
 * Reads a PDF with pdfjs-dist (a dev dependency): page count, text per page, the outline (bookmarks)
 * with the page each entry opens, the links on each page, and whether it is tagged (MarkInfo).
 * Used by the PDF build (page numbers in the briefing's contents) and by tests/e2e/print.spec.ts.
 */
import fs from 'node:fs';

/** @returns {Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs') | null>} null when pdfjs-dist is not installed. */
export async function loadPdfjs() {
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    return null;
  }
}

/**
 * @typedef {{ title: string, depth: number, page: number | null }} OutlineEntry
 * @typedef {{ page: number, url?: string, destPage?: number | null }} PdfLink
 * @typedef {{ pages: number, text: string[], outline: OutlineEntry[], links: PdfLink[], tagged: boolean, info: Record<string, unknown> }} PdfReport
 */

/**
 * @param {string | Uint8Array} input a file path or the PDF's bytes
 * @param {{ links?: boolean }} [options]
 * @returns {Promise<PdfReport>}
 */
export async function readPdf(input, options = {}) {
  const pdfjs = await loadPdfjs();
  if (!pdfjs) throw new Error('pdfjs-dist is not installed: run `npm ci` (it is a dev dependency)');
  const data = typeof input === 'string' ? new Uint8Array(fs.readFileSync(input)) : new Uint8Array(input);
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    /** @param {unknown} dest */
    const pageOf = async (dest) => {
      try {
        const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
        if (!Array.isArray(explicit) || !explicit[0]) return null;
        return (await doc.getPageIndex(explicit[0])) + 1;
      } catch {
        return null;
      }
    };
    /** @type {OutlineEntry[]} */
    const outline = [];
    /** @param {any[] | null} items @param {number} depth */
    const walk = async (items, depth) => {
      for (const item of items ?? []) {
        outline.push({ title: String(item.title).replace(/\s+/g, ' ').trim(), depth, page: await pageOf(item.dest) });
        await walk(item.items, depth + 1);
      }
    };
    await walk(await doc.getOutline(), 0);
    const text = [];
    /** @type {PdfLink[]} */
    const links = [];
    for (let i = 1; i <= doc.numPages; i++) {
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
    const mark = await doc.getMarkInfo(); // a Map in pdfjs-dist 6, a plain object in earlier versions
    const tagged = Boolean(mark instanceof Map ? mark.get('Marked') : mark?.Marked);
    return { pages: doc.numPages, text, outline, links, tagged, info: /** @type {Record<string, unknown>} */ (info) };
  } finally {
    await task.destroy();
  }
}
