/**
 * What the PDF build does to each file Chromium wrote, in one incremental update with
 * @cantoo/pdf-lib (the maintained fork of pdf-lib): its document properties (pdfInfo.ts) and
 * quotation marks that copy as quotation marks (pdfToUnicode.ts). Chromium's bytes stay as they are
 * and the changed objects are appended after them, so the structure tree and MarkInfo (the tags), the
 * outline and the links cannot change, and no time goes on writing the whole file again.
 */
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import type { PdfProperties } from '../lib/print/pdfProperties.ts';
import { setProperties } from './pdfInfo.ts';
import { fixToUnicodePunctuation } from './pdfToUnicode.ts';

export async function finishPdf(pdf: Uint8Array, properties: PdfProperties): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, forIncrementalUpdate: true, parseSpeed: ParseSpeeds.Fastest });
  setProperties(doc, properties);
  fixToUnicodePunctuation(doc);
  return doc.commit();
}
