/** Adds `minutesRead` to the frontmatter from the body's word count (220 words a minute). */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { frontmatterOf } from './vfileInfo';

export const WORDS_PER_MINUTE = 220;

export const minutesFor = (words: number) => Math.max(1, Math.round(words / WORDS_PER_MINUTE));

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const words = toString(tree).split(/\s+/).filter(Boolean).length;
    const fm = frontmatterOf(file);
    fm.minutesRead = minutesFor(words);
    fm.wordCount = words;
  };
}
