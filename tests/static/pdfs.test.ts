/**
 * The PDFs `npm run build:pdf` wrote, every one the manifest (dist/pdf/manifest.json) lists, both
 * editions and both papers, read without a browser (pdfjs-dist and @cantoo/pdf-lib):
 * - the paper: every page of an A4 file measures 595 × 842 pt, of a Letter file 612 × 792 (± 1);
 * - the type: every font is embedded and is Source Serif 4 or Source Sans 3, so no Liberation or
 *   DejaVu fallback (nor any other) reached the paper;
 * - the document properties from the manifest (title, author, subject, keywords, language, creator
 *   "Intermestic"), with the tags, structure tree and outline Chromium wrote still there;
 * - the layout: no page is more than 40 % empty above its footer (a figure that moved on leaves at
 *   most that), but a document's last page and, in the briefing, the last page before a forced page
 *   break (the cover, the end of the contents and of each chapter);
 * - in the briefing, the contents give the page on which each chapter and the sources start.
 * Like the browser suite's PDF tests, these fail, naming the command to run, when the PDFs are missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, test } from 'vitest';
import type { PdfManifest } from '../../src/lib/print/pdfDocuments';
import { PAPER } from '../../src/lib/print/papers';
import { keywordsField } from '../../src/lib/print/pdfProperties';
import { readPdf } from '../../src/tools/pdfRead';
import { blankFraction, frameOf, pageMarginsOf } from '../support/pageFill';
import { pdfFonts } from '../support/pdfFonts';
import { readLayout } from '../support/pdfLayout';
import { DIST, ROOT } from '../support/site';

/** At most this much of a page's text frame may be left empty. */
const MAX_BLANK = 0.4;
const FACES = /^[A-Z]{6}\+(SourceSerif4|SourceSans3)-[A-Za-z]+$/;

const MANIFEST = path.join(DIST, 'pdf', 'manifest.json');
if (!fs.existsSync(MANIFEST)) throw new Error('dist/pdf/manifest.json is missing: run `npm run build && npm run build:pdf`');
const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as PdfManifest;
if (!manifest.pdfs)
  throw new Error(
    'this build made no PDFs (it found no Chromium, so its pages link to the print edition): get a Chromium, then `npm run build && npm run build:pdf`',
  );
const fileOf = (doc: { file: string }) => {
  const file = path.join(DIST, doc.file);
  if (!fs.existsSync(file)) throw new Error(`${doc.file} is missing: run \`npm run build:pdf\``);
  return file;
};
const margins = pageMarginsOf(fs.readFileSync(path.join(ROOT, 'src/styles/print.css'), 'utf8'), 'src/styles/print.css');

test('the manifest lists every chapter and the briefing of both editions on both papers', () => {
  for (const lang of ['en', 'es'] as const)
    for (const paper of ['letter', 'a4'] as const) {
      const docs = manifest.documents.filter((d) => d.lang === lang && d.paper === paper);
      expect(
        docs.filter((d) => d.kind === 'briefing'),
        `${lang} ${paper} briefing`,
      ).toHaveLength(1);
      expect(docs.filter((d) => d.kind === 'chapter').length, `${lang} ${paper} chapters`).toBeGreaterThanOrEqual(6);
    }
  expect(new Set(manifest.documents.map((d) => d.file)).size).toBe(manifest.documents.length);
});

describe.each(manifest.documents.map((doc) => ({ ...doc, name: doc.file })))('$name', (doc) => {
  test(`every page is ${doc.paper === 'a4' ? 'A4, 595 × 842 pt' : 'Letter, 612 × 792 pt'}`, async () => {
    const pdf = await PDFDocument.load(fs.readFileSync(fileOf(doc)), { updateMetadata: false });
    const { width, height } = PAPER[doc.paper].points;
    for (const [i, page] of pdf.getPages().entries()) {
      const size = page.getSize();
      expect(Math.abs(size.width - width), `page ${i + 1}: width ${size.width}`).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - height), `page ${i + 1}: height ${size.height}`).toBeLessThanOrEqual(1);
    }
  });

  test('every font is an embedded Source Serif 4 or Source Sans 3, both of them used', async () => {
    const fonts = await pdfFonts(fileOf(doc));
    expect(
      fonts.filter((f) => !FACES.test(f.name)).map((f) => f.name),
      'fonts other than the print faces (a fallback)',
    ).toEqual([]);
    expect(
      fonts.filter((f) => !f.embedded).map((f) => f.name),
      'fonts not embedded',
    ).toEqual([]);
    expect(
      fonts.some((f) => f.name.includes('SourceSerif4-Regular')),
      'the text in Source Serif 4',
    ).toBe(true);
    expect(
      fonts.some((f) => f.name.includes('SourceSans3-')),
      'labels in Source Sans 3',
    ).toBe(true);
  });

  test('document properties from the manifest, creator "Intermestic", tags and outline kept', async () => {
    const { info, tagged, outline } = await readPdf(fileOf(doc), { pages: false });
    const p = doc.properties;
    expect(info.Title).toBe(p.title);
    expect(info.Author).toBe(p.author);
    expect(info.Subject).toBe(p.subject);
    expect(info.Keywords).toBe(keywordsField(p.keywords));
    expect(info.Language).toBe(doc.lang);
    expect(info.Creator).toBe('Intermestic');
    for (const [k, v] of Object.entries(p)) expect(String(v).length, `${k} is empty`).toBeGreaterThan(0);
    expect(p.title).toContain(doc.title);
    expect(String(info.Author)).toMatch(doc.lang === 'es' ? /Basado en .*Wayne/ : /Based on .*Wayne/);
    expect(tagged, 'MarkInfo /Marked').toBe(true);
    expect(outline.length, 'outline entries').toBeGreaterThan(3);
    const pdf = await PDFDocument.load(fs.readFileSync(fileOf(doc)), { updateMetadata: false });
    expect(pdf.catalog.has(PDFName.of('StructTreeRoot')), 'structure tree').toBe(true);
  });

  // The contents' page numbers come from a first printing whose pages must break exactly like the final one's.
  test.runIf(doc.kind === 'briefing')('the contents give the page on which each chapter and the sources start', async () => {
    const { outline, text } = await readPdf(fileOf(doc));
    const parts = outline.filter((o) => o.depth === 1 && o.page !== null && o.page > 2);
    expect(parts.length, 'chapters and sources in the outline').toBeGreaterThanOrEqual(7);
    const contents = text[1]!.replace(/\s+/g, '');
    for (const part of parts) {
      const title = part.title.replace(/\s+/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(contents, `"${part.title}" starts on page ${part.page}`).toMatch(new RegExp(`${title}${part.page}(?!\\d)`));
    }
  });

  test(`no page is more than ${MAX_BLANK * 100} % blank above its footer`, async () => {
    const file = fileOf(doc);
    const pages = await readLayout(file);
    // In the briefing, the cover, the contents and each chapter end where the next part starts on a new page.
    const forced = new Set<number>();
    if (doc.kind === 'briefing') {
      const { outline } = await readPdf(file, { pages: false });
      for (const o of outline) if (o.depth <= 1 && o.page) forced.add(o.page - 1);
    }
    const measured = pages
      .filter((p) => p.page < pages.length && !forced.has(p.page))
      .map((p) => ({ page: p.page, blank: blankFraction(p.boxes, frameOf(p.height, margins)) }));
    expect(measured.length, 'pages measured').toBeGreaterThan(doc.kind === 'briefing' ? 20 : 2);
    const over = measured.filter((m) => m.blank > MAX_BLANK).map((m) => `page ${m.page}: ${Math.round(m.blank * 100)} % blank`);
    expect(over, `${doc.file}: pages left more than ${MAX_BLANK * 100} % empty`).toEqual([]);
  });
});
