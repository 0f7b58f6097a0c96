/**
 * Writes a PDF's document properties (src/lib/print/pdfProperties.ts) into the file Chromium made:
 * Title, Author, Subject, Keywords and Creator in the Info dictionary, the language as the catalog's
 * /Lang, and DisplayDocTitle so that viewers show the title rather than the file name (as PDF/UA
 * asks). Chromium's page.pdf cannot set them and names itself ("HeadlessChrome") as the creator.
 *
 * With @cantoo/pdf-lib (the maintained fork of pdf-lib), as an incremental update: Chromium's bytes
 * stay as they are and a new Info dictionary and catalog are appended after them, so the structure
 * tree and MarkInfo (the tags), the outline and the links cannot change, and no time goes on writing
 * the whole file again. The Producer (Skia/PDF) and the dates stay as Chromium wrote them.
 */
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import { keywordsField, type PdfProperties } from '../lib/print/pdfProperties.ts';

export async function withProperties(pdf: Uint8Array, properties: PdfProperties): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, forIncrementalUpdate: true, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setSubject(properties.subject);
  doc.setKeywords([keywordsField(properties.keywords)]);
  doc.setCreator(properties.creator);
  doc.setLanguage(properties.language);
  return doc.commit();
}
