/**
 * What the print tests need from the PDFs that `npm run build:pdf` writes to dist/pdf/: their
 * outline, text and links (pdfjs-dist, via src/tools/pdfRead.ts), and a page rendered to PNG with
 * pdftoppm (Debian package poppler-utils) so that a failing test leaves a picture to look at.
 *
 * pdftoppm is found on PATH or installed like Chromium is (apt-get, when running as root on
 * Debian). Where neither works, only the picture is skipped, with a message; the PDF assertions
 * never depend on it.
 */
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from './site';
import { readPdf as readPdfFile, type PdfReport } from '../../src/tools/pdfRead';

export const PDF_DIR = path.join(DIST, 'pdf');
export const BRIEFING_PDF = path.join(PDF_DIR, 'intermestic-briefing.pdf');
export const chapterPdf = (slug: string) => path.join(PDF_DIR, `${slug}.pdf`);

export type { PdfReport };

/** Text as compared in tests: compatibility forms folded (ligatures), curly quotes straightened, whitespace collapsed. */
export const squash = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u00ad]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const cache = new Map<string, Promise<PdfReport>>();
/** Reads a built PDF once per worker; fails with the command to run when it is missing. */
export function readPdf(file: string): Promise<PdfReport> {
  if (!cache.has(file)) {
    cache.set(
      file,
      (async () => {
        if (!fs.existsSync(file)) throw new Error(`${path.relative(DIST, file)} is missing: run \`npm run build && npm run build:pdf\``);
        return readPdfFile(file, { links: true });
      })(),
    );
  }
  return cache.get(file)!;
}

function which(cmd: string): string | null {
  try {
    return execSync(`command -v ${cmd}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

let pdftoppm: string | null | undefined;
/**
 * pdftoppm's path, installing poppler-utils when root on Debian. Test workers run in parallel, so
 * one installs while the others wait on a lock file.
 */
export function findPdftoppm(): string | null {
  if (pdftoppm !== undefined) return pdftoppm;
  pdftoppm = which('pdftoppm');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!pdftoppm && isRoot && fs.existsSync('/usr/bin/apt-get')) {
    const lock = path.join(os.tmpdir(), 'intermestic-poppler.lock');
    let fd: number | undefined;
    try {
      fd = fs.openSync(lock, 'wx');
    } catch {
      // Another worker is installing: wait for it (at most 5 minutes).
      const until = Date.now() + 5 * 60_000;
      while (fs.existsSync(lock) && Date.now() < until) execSync('sleep 1');
    }
    if (fd !== undefined) {
      try {
        console.log('pdf helper: pdftoppm missing; installing poppler-utils with apt-get');
        execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit', timeout: 10 * 60_000 });
      } catch {
        console.log('pdf helper: apt-get could not install poppler-utils');
      } finally {
        fs.closeSync(fd);
        fs.rmSync(lock, { force: true });
      }
    }
    pdftoppm = which('pdftoppm');
  }
  return pdftoppm;
}

/**
 * Renders one page of a PDF to a PNG file and returns its path, or null (with the reason in
 * `skipped`) when pdftoppm is not available. Only this picture is ever skipped.
 */
export function renderPageToPng(pdf: string, pageNumber: number, outFile: string, dpi = 72): { png: string | null; skipped?: string } {
  const bin = findPdftoppm();
  if (!bin) {
    return {
      png: null,
      skipped: 'pdftoppm not found and could not be installed (Debian package poppler-utils): no PNG of the PDF page; the PDF checks still ran',
    };
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const stem = outFile.replace(/\.png$/, '');
  execFileSync(bin, ['-png', '-r', String(dpi), '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, stem], { timeout: 60_000 });
  return { png: `${stem}.png` };
}
