/**
 * The paper sizes every PDF is printed on: US Letter, the file readers in the United States expect
 * (`trade.pdf`, the name the site has always used), and ISO A4 for everyone else (`trade-a4.pdf`).
 * print.css sets no page size, so the same stylesheet sets both; `npm run build:pdf` picks the size.
 */
import type { UiKey } from '../../i18n/ui';

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

export interface PaperSpec {
  /** Page size for Playwright's page.pdf, as CSS lengths: exact, where its `format: 'A4'` is a point taller than A4. */
  size: { width: string; height: string };
  /** The same size in PostScript points (1/72 in), as a PDF states it (Chromium rounds it to a pixel, 0.75 pt). */
  points: { width: number; height: number };
  /** Added to the document's file name before ".pdf". */
  suffix: string;
  /** The download link's words ("PDF (Letter)", "PDF (carta)"). */
  label: UiKey;
}

export const PAPER: Record<Paper, PaperSpec> = {
  letter: { size: { width: '8.5in', height: '11in' }, points: { width: 612, height: 792 }, suffix: '', label: 'print.pdfLetter' },
  a4: { size: { width: '210mm', height: '297mm' }, points: { width: 595.28, height: 841.89 }, suffix: '-a4', label: 'print.pdfA4' },
};
