/**
 * Keeps parse5's tokenizer reading a page as the tree builder would, for code that reads tokens
 * without building a tree (htmlTags.ts, print/printHtml.ts). After the start tag of <script>, <style>
 * and the like, <title> or <textarea>, the tokenizer is switched to text, so comments, script and
 * style text and titles are text, not markup, as a browser reads them; inside <svg> and <math> those
 * names are ordinary elements and `/>` closes an element. (The tree builder also leaves foreign
 * content at an HTML element such as <p> inside <svg>; the site's drawings contain none.)
 */
import { TokenizerMode, type Token, type Tokenizer } from 'parse5';

/** Elements whose contents the HTML parser reads as text (raw, or with character references). */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const ESCAPABLE_TEXT = new Set(['title', 'textarea']);
const FOREIGN = new Set(['svg', 'math']);
/** Elements with no end tag in HTML. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface ContentModes {
  /** Inside <svg> or <math>. */
  readonly inForeign: boolean;
  /**
   * Whether a start tag opens an element that an end tag will close: not an HTML void element, nor
   * one closed by `/>` in a drawing (or <svg/> itself). Ask before `start`.
   */
  opens(token: Token.TagToken): boolean;
  /** Call on each start tag. */
  start(token: Token.TagToken): void;
  /** Call on each end tag. */
  end(token: Token.TagToken): void;
}

export function contentModes(tokenizer: Tokenizer): ContentModes {
  let foreignDepth = 0;
  return {
    get inForeign() {
      return foreignDepth > 0;
    },
    opens(token) {
      if (foreignDepth === 0) return !VOID.has(token.tagName) && !(token.selfClosing && FOREIGN.has(token.tagName));
      return !token.selfClosing;
    },
    start(token) {
      const name = token.tagName;
      if (foreignDepth === 0) {
        if (name === 'script') tokenizer.state = TokenizerMode.SCRIPT_DATA;
        else if (RAW_TEXT.has(name)) tokenizer.state = TokenizerMode.RAWTEXT;
        else if (ESCAPABLE_TEXT.has(name)) tokenizer.state = TokenizerMode.RCDATA;
        else if (name === 'plaintext') tokenizer.state = TokenizerMode.PLAINTEXT;
      }
      if (FOREIGN.has(name) && !token.selfClosing) foreignDepth++;
      tokenizer.inForeignNode = foreignDepth > 0;
    },
    end(token) {
      if (FOREIGN.has(token.tagName) && foreignDepth > 0) foreignDepth--;
      tokenizer.inForeignNode = foreignDepth > 0;
    },
  };
}
