/**
 * A PDF's document properties (src/lib/print/pdfProperties.ts), set on a document loaded with
 * @cantoo/pdf-lib: Title, Author, Subject, Keywords and Creator in the Info dictionary, the language
 * as the catalog's /Lang, and DisplayDocTitle so that viewers show the title rather than the file name
 * (as PDF/UA asks). Chromium's page.pdf cannot set them and names itself ("HeadlessChrome") as the
 * creator. The Producer (Skia/PDF) and the dates stay as Chromium wrote them.
 */
import type { PDFDocument } from '@cantoo/pdf-lib';
import { keywordsField, type PdfProperties } from '../lib/print/pdfProperties.ts';

export function setProperties(doc: PDFDocument, properties: PdfProperties): void {
  doc.setTitle(properties.title, { showInWindowTitleBar: true });
  doc.setAuthor(properties.author);
  doc.setSubject(properties.subject);
  doc.setKeywords([keywordsField(properties.keywords)]);
  doc.setCreator(properties.creator);
  doc.setLanguage(properties.language);
}
