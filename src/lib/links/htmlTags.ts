/**
 * Every element of an HTML page with its attributes as written (names lower-case, values decoded).
 * Read with parse5's tokenizer, the one under hast's parser, without building a tree: the link check
 * reads every page of a build, and building a tree and converting it to hast was most of its time.
 * Where the tree builder would, the tokenizer is switched to text for the contents of <script>, <style>
 * and the like, <title> and <textarea>, so comments, script and style text and titles are text, not
 * markup, as a browser reads them; inside <svg> and <math> those names are ordinary elements. (The
 * tree builder also leaves foreign content at an HTML element such as <p> inside <svg>; the site's
 * drawings contain none.) Used by the link check and the tests that look inside built pages.
 */
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
}

/** Elements whose contents the HTML parser reads as text (raw, or with character references). */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const ESCAPABLE_TEXT = new Set(['title', 'textarea']);
const FOREIGN = new Set(['svg', 'math']);

export function htmlTags(source: string): Tag[] {
  const tags: Tag[] = [];
  let foreignDepth = 0;
  const skip = () => {};
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token: Token.TagToken) {
        const name = token.tagName;
        tags.push({ name, attrs: new Map(token.attrs.map((a) => [a.name, a.value])) });
        if (foreignDepth === 0) {
          if (name === 'script') tokenizer.state = TokenizerMode.SCRIPT_DATA;
          else if (RAW_TEXT.has(name)) tokenizer.state = TokenizerMode.RAWTEXT;
          else if (ESCAPABLE_TEXT.has(name)) tokenizer.state = TokenizerMode.RCDATA;
          else if (name === 'plaintext') tokenizer.state = TokenizerMode.PLAINTEXT;
        }
        if (FOREIGN.has(name) && !token.selfClosing) foreignDepth++;
        tokenizer.inForeignNode = foreignDepth > 0;
      },
      onEndTag(token: Token.TagToken) {
        if (FOREIGN.has(token.tagName) && foreignDepth > 0) foreignDepth--;
        tokenizer.inForeignNode = foreignDepth > 0;
      },
      onComment: skip,
      onDoctype: skip,
      onEof: skip,
      onCharacter: skip,
      onNullCharacter: skip,
      onWhitespaceCharacter: skip,
    },
  );
  tokenizer.write(source, true);
  return tags;
}
