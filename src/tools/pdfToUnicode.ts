/**
 * Quotation marks that copy and search as quotation marks: rewrites each font's ToUnicode CMap in a
 * document loaded with @cantoo/pdf-lib so that a glyph Chromium mapped to a modifier letter maps to
 * the mark the text used (src/lib/print/toUnicodePunctuation.ts says why). Returns how many fonts
 * changed.
 */
import { decodePDFRawStream, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from '@cantoo/pdf-lib';
import { punctuationInToUnicode } from '../lib/print/toUnicodePunctuation.ts';

export function fixToUnicodePunctuation(doc: PDFDocument): number {
  let changed = 0;
  for (const [, font] of doc.context.enumerateIndirectObjects()) {
    if (!(font instanceof PDFDict) || font.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const ref = font.get(PDFName.of('ToUnicode'));
    const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
    if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) continue;
    const cmap = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    const fixed = punctuationInToUnicode(cmap);
    if (fixed === cmap) continue;
    doc.context.assign(ref, doc.context.flateStream(Buffer.from(fixed, 'latin1')));
    // An incremental update writes only the objects marked as changed.
    doc.context.snapshot?.markRefForSave(ref);
    changed++;
  }
  return changed;
}
