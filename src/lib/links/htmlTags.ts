/**
 * Every element of an HTML page with its attributes as written (names lower-case, values decoded).
 * Read with parse5's tokenizer, the one under hast's parser, without building a tree: the link check
 * reads every page of a build, and building a tree and converting it to hast was most of its time.
 * Script, style and title contents are read as text, as a browser reads them (htmlTokens.ts).
 * Used by the link check and the tests that look inside built pages.
 */
import { readTokens } from './htmlTokens.ts';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
}

export function htmlTags(source: string): Tag[] {
  const tags: Tag[] = [];
  readTokens(source, { start: (token) => tags.push({ name: token.tagName, attrs: new Map(token.attrs.map((a) => [a.name, a.value])) }) });
  return tags;
}
