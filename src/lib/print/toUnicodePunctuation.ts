/**
 * The text behind a PDF's glyphs: a font's ToUnicode CMap says which characters each glyph stands for
 * when the PDF is searched, copied or read aloud. Source Serif 4 draws the apostrophe and right single
 * quote (U+2019) and the modifier letter apostrophe (U+02BC) with one glyph, and the turned comma
 * (U+02BB) like the left single quote (U+2018); Chromium's PDF writer maps such a glyph back to one
 * character, the modifier letter, so "Wayne’s" printed in Source Serif 4 copies as "Wayneʼs" and is
 * not found by a search for "Wayne’s". The briefing's text uses the quotation marks, never the
 * modifier letters (a letter of some alphabets, not of English or Spanish), so in a ToUnicode CMap
 * this maps those glyphs back to the marks. Pure: one CMap's text in, the text out.
 */

/** Modifier letters the print faces draw like a quotation mark, and that mark. */
export const MARK_FOR_MODIFIER: Readonly<Record<string, string>> = { '02BC': '2019', '02BB': '2018' };

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const mark = (code: string) => MARK_FOR_MODIFIER[code.toUpperCase()] ?? code;

/**
 * The CMap with every destination that is one of the modifier letters replaced by its mark: in
 * bfchar entries, in bfrange arrays, and in bfrange runs, which become arrays where a run passes
 * through one (so every entry count in the CMap stays as it was).
 */
export function punctuationInToUnicode(cmap: string): string {
  return cmap
    .replace(/beginbfchar([\s\S]*?)endbfchar/g, (block: string) =>
      block.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]{4})>/g, (_, src: string, dst: string) => `${src}<${mark(dst)}>`),
    )
    .replace(/beginbfrange([\s\S]*?)endbfrange/g, (block: string) =>
      block.replace(
        /<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>(\s*)(?:<([0-9A-Fa-f]{4})>|\[([^\]]*)\])/g,
        (entry: string, lo: string, s1: string, hi: string, s2: string, start?: string, list?: string) => {
          if (list !== undefined) return `<${lo}>${s1}<${hi}>${s2}[${list.replace(/<([0-9A-Fa-f]{4})>/g, (_, dst: string) => `<${mark(dst)}>`)}]`;
          const count = parseInt(hi, 16) - parseInt(lo, 16) + 1;
          const codes = Array.from({ length: Math.max(count, 0) }, (_, i) => hex4(parseInt(start!, 16) + i));
          if (!codes.some((c) => c in MARK_FOR_MODIFIER)) return entry;
          return `<${lo}>${s1}<${hi}>${s2}[${codes.map((c) => `<${mark(c)}>`).join(' ')}]`;
        },
      ),
    );
}
