/**
 * Every element of an HTML page with its attributes as written (names lower-case, values decoded).
 * Read with parse5's tokenizer, the one under hast's parser, without building a tree: the link check
 * reads every page of a build, and building a tree and converting it to hast was most of its time.
 * Script, style and title contents are read as text, as a browser reads them (contentModes.ts).
 * Used by the link check and the tests that look inside built pages.
 */
import { Tokenizer, type Token } from 'parse5';
import { contentModes } from './contentModes.ts';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
}

export function htmlTags(source: string): Tag[] {
  const tags: Tag[] = [];
  const skip = () => {};
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token: Token.TagToken) {
        tags.push({ name: token.tagName, attrs: new Map(token.attrs.map((a) => [a.name, a.value])) });
        modes.start(token);
      },
      onEndTag(token: Token.TagToken) {
        modes.end(token);
      },
      onComment: skip,
      onDoctype: skip,
      onEof: skip,
      onCharacter: skip,
      onNullCharacter: skip,
      onWhitespaceCharacter: skip,
    },
  );
  const modes = contentModes(tokenizer);
  tokenizer.write(source, true);
  return tags;
}
