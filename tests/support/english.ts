/**
 * English interface words left on a Spanish page. Runs in Node over text a page shows (from the
 * browser's readerText or from the static HTML), so it may import the dictionary.
 */
import { englishStrings } from '../../src/i18n/ui';

const english = englishStrings().map((s) => ({ s, re: new RegExp(`(^|\\W)${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`) }));

/** Words of the English interface too short for englishStrings() but unmistakable in context. */
const WORDS = [
  /\bChapter \d/,
  /\bFigure \d/,
  /\bSource:/,
  /\bLast reviewed\b/,
  /\bmin read\b/,
  /\bBack to reference\b/,
  /\bDownload (PDF|SVG|CSV)\b/,
  /\bCopy link\b/,
  /\bKey dates\b/,
  /\bNotes\b/,
  /\bPage \d+ of\b/,
];

/** The English interface strings found in `text`, matched as whole words (an address such as …/statements-releases/… is not the word "statement"). */
export function englishIn(text: string): string[] {
  return [...english.filter(({ re }) => re.test(text)).map(({ s }) => s), ...WORDS.filter((w) => w.test(text)).map(String)];
}
