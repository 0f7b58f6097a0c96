/**
 * The print faces for Chromium's header and footer templates. Chromium draws a chapter PDF's running
 * head and folio from those templates in a document of its own, which cannot load web fonts: an
 * @font-face with the site's URL makes printing fail, and one with a data: URL is not loaded in time,
 * so the text falls back to a system sans. What a template can use is an installed font. So the PDF
 * build runs its Chromium with a fontconfig file (Linux, where Chromium finds fonts through
 * fontconfig) that adds to the system's fonts the print faces the site build copied into
 * dist/_astro/ (src/styles/print-fonts.css), and the templates name the same family as the page's
 * labels (--print-sans). Where fontconfig is not how Chromium finds fonts (macOS, Windows), the
 * templates fall back to the family list's next entries (Helvetica Neue, Helvetica, Arial).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TemplateFonts {
  /** Environment for the browser process: FONTCONFIG_FILE, or nothing when there is nothing to add. */
  env: Record<string, string>;
  /** The font files made available, for the build's log. */
  files: string[];
  /** Removes the temporary configuration. */
  cleanup: () => void;
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A fontconfig setup that adds the TrueType files in `assetsDir` (dist/_astro) to the system's fonts. */
export function templateFonts(assetsDir: string): TemplateFonts {
  const files = fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir).filter((f) => /\.(ttf|otf)$/i.test(f)) : [];
  const system = ['/etc/fonts/fonts.conf', '/usr/local/etc/fonts/fonts.conf'].find((f) => fs.existsSync(f));
  if (files.length === 0 || !system) return { env: {}, files: [], cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'intermestic-pdf-fonts-'));
  // Only the font files, linked into a folder of their own: fontconfig scans every file of a <dir>.
  const fonts = path.join(dir, 'fonts');
  fs.mkdirSync(fonts);
  for (const f of files) fs.symlinkSync(path.join(path.resolve(assetsDir), f), path.join(fonts, f));
  const conf = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    conf,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
      '<fontconfig>',
      `  <include ignore_missing="yes">${xml(system)}</include>`,
      `  <dir>${xml(fonts)}</dir>`,
      `  <cachedir>${xml(path.join(dir, 'cache'))}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return { env: { FONTCONFIG_FILE: conf }, files, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
