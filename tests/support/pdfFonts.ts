/**
 * The fonts a PDF uses, read with @cantoo/pdf-lib from its objects (so also from compressed object
 * streams, where the bytes do not show them): each font dictionary's /BaseFont ("ABCDEF+SourceSerif4-
 * Regular") and whether its program is embedded (/FontFile, /FontFile2 or /FontFile3 in its
 * descriptor, or in its descendant's for a composite font).
 */
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from '@cantoo/pdf-lib';

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
  const deref = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const dict = (o: PDFObject | undefined) => {
    const d = deref(o);
    return d instanceof PDFDict ? d : undefined;
  };
  const hasProgram = (font: PDFDict): boolean => {
    const descriptor = dict(font.get(PDFName.of('FontDescriptor')));
    if (descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)))) return true;
    const descendants = deref(font.get(PDFName.of('DescendantFonts')));
    if (descendants instanceof PDFArray)
      return descendants.asArray().some((d) => {
        const f = dict(d);
        return f ? hasProgram(f) : false;
      });
    return false;
  };
  const fonts: PdfFont[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    // A composite font's descendant is listed through its parent.
    const subtype = obj.get(PDFName.of('Subtype'));
    if (subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) continue;
    const base = obj.get(PDFName.of('BaseFont'));
    fonts.push({ name: base instanceof PDFName ? base.decodeText() : String(base), embedded: hasProgram(obj) });
  }
  return fonts;
}
