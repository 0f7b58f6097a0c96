import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, type PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from '../../src/tools/finishPdf';
import { readPdf } from '../../src/tools/pdfRead';

const properties = {
  title: 'Comercio y T-MEC · Intermestic',
  author: 'Intermestic. Basado en “Mexico: Highest U.S. Priority”, del embajador Earl Anthony Wayne.',
  subject: 'Un rebote con nuevas reglas.',
  keywords: ['Comercio', 'Medio ambiente'],
  language: 'es' as const,
  creator: 'Intermestic',
};

const TO_UNICODE = '1 beginbfchar\n<01ED> <02BC>\nendbfchar\n1 beginbfrange\n<0002> <0007> <0041>\nendbfrange';

/** A two-page PDF as a browser would write it: its own creator and title, marked as tagged, a font whose apostrophe reads back as U+02BC. */
async function browserLikePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const toUnicode = doc.context.register(doc.context.flateStream(TO_UNICODE));
  doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'AAAAAA+SourceSerif4-Regular', ToUnicode: toUnicode }));
  doc.addPage([612, 792]);
  doc.addPage([612, 792]);
  doc.setTitle('web page title');
  doc.setCreator('HeadlessChrome');
  doc.setProducer('Skia/PDF');
  doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
  return doc.save();
}

describe('the PDF build finishing a file (src/tools/finishPdf.ts)', () => {
  it('sets title, author, subject, keywords, language and creator, and keeps the producer and tags', async () => {
    const original = await browserLikePdf();
    const out = await finishPdf(original, properties);
    const { info, tagged, pages } = await readPdf(out);
    expect(info).toMatchObject({
      Title: properties.title,
      Author: properties.author,
      Subject: properties.subject,
      Keywords: 'Comercio, Medio ambiente',
      Creator: 'Intermestic',
      Producer: 'Skia/PDF',
      Language: 'es',
    });
    expect(tagged).toBe(true);
    expect(pages).toBe(2);
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    expect(doc.catalog.getOrCreateViewerPreferences().getDisplayDocTitle(), 'viewers show the title').toBe(true);
  });

  it('maps the glyph Chromium read back as a modifier letter to the apostrophe the text used', async () => {
    const doc = await PDFDocument.load(await finishPdf(await browserLikePdf(), properties), { updateMetadata: false });
    const cmaps: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
      const stream = doc.context.lookup(obj.get(PDFName.of('ToUnicode')) as PDFRef);
      cmaps.push(Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'));
    }
    expect(cmaps).toEqual([TO_UNICODE.replace('<02BC>', '<2019>')]);
  });

  it('appends an incremental update: the bytes the browser wrote are kept as they are', async () => {
    const original = await browserLikePdf();
    const out = await finishPdf(original, properties);
    expect(out.length).toBeGreaterThan(original.length);
    expect(Buffer.from(out.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
  });
});
