/**
 * Stand-in PDFs, written by `astro build` so that every "Download PDF" link resolves as soon as the
 * site is built. `npm run build:pdf` (src/tools/buildPdfs.mjs) overwrites each with the real
 * document printed by Chromium; where it cannot (no Chromium), the stand-in stays and says, on one
 * page, that the PDF was not made and how to print the page instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../lib/content/queries';

const BRIEFING_PDF = 'intermestic-briefing';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return [
    ...chapters.map((c) => ({ params: { file: c.id }, props: { title: c.data.title, path: `/${c.id}/` } })),
    { params: { file: BRIEFING_PDF }, props: { title: 'Intermestic: the whole briefing', path: '/print/' } },
  ];
}) satisfies GetStaticPaths;

/** Plain ASCII for a PDF string in the standard Helvetica font, with ( ) \ escaped. */
const pdfText = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[()\\]/g, (c) => `\\${c}`);

/** A one-page PDF 1.4 with a few lines of text (objects, cross-reference table, trailer), as ASCII. */
function placeholderPdf(lines: string[]): string {
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

export const GET: APIRoute = ({ props, site }) => {
  const url = new URL(props.path as string, site).href;
  const pdf = placeholderPdf([
    props.title as string,
    '',
    'This PDF was not generated when the site was built',
    '(the build had no Chromium to print it with).',
    '',
    'Open the page and print it from the browser instead:',
    url,
  ]);
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
