/**
 * Stand-in PDFs, written by `astro build` so that every "Download PDF" link resolves as soon as the
 * site is built. `npm run build:pdf` (src/tools/buildPdfs.mjs) overwrites each with the real
 * document printed by Chromium; where it cannot (no Chromium), the stand-in stays and says, on one
 * page, that the PDF was not made and how to print the page instead.
 */
import type { APIRoute } from 'astro';
import { BRIEFING_PDF, PAGES, type Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { chapterPath, getChapters } from '../content/queries';

/**
 * A PDF string in the standard Helvetica font (WinAnsiEncoding): ( ) \ escaped, Latin-1 letters
 * such as á or ñ written as octal escapes (WinAnsi agrees with Latin-1 there), anything else as "?".
 */
const pdfText = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[()\\]/g, (c) => `\\${c}`)
    .replace(/[^\x20-\x7e]/g, (c) => (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff ? `\\${c.charCodeAt(0).toString(8)}` : '?'));

/** A one-page PDF 1.4 with a few lines of text (objects, cross-reference table, trailer), as ASCII. */
export function placeholderPdf(lines: string[]): string {
  const body = ['BT', '/F1 13 Tf', '72 720 Td', '16 TL', ...lines.map((l) => `(${pdfText(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${body.length} >>\nstream\n${body}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII (pdfText), so string offsets are byte offsets.
  return out;
}


/** One stand-in per chapter of the edition, plus the whole briefing. */
export async function pdfPaths(lang: Lang) {
  const chapters = await getChapters(lang);
  return [
    ...chapters.map((c) => ({ params: { file: c.id }, props: { title: c.data.title, path: chapterPath(c), lang } })),
    { params: { file: BRIEFING_PDF[lang] }, props: { title: t(lang, 'print.briefingTitle'), path: PAGES.print[lang], lang } },
  ];
}

export const placeholderResponse: APIRoute = ({ props, site }) => {
  const lang = props.lang as Lang;
  const url = new URL(props.path as string, site).href;
  const pdf = placeholderPdf([props.title as string, '', t(lang, 'pdf.notMade'), t(lang, 'pdf.noChromium'), '', t(lang, 'pdf.printInstead'), url]);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
