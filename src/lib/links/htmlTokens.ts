/**
 * Reads HTML token by token with parse5's tokenizer (the one under hast's parser), without building
 * a tree, as the tree builder would read it: for htmlTags.ts and print/printHtml.ts. After the start tag of <script>, <style>
 * and the like, <title> or <textarea>, the tokenizer is switched to text, so comments, script and
 * style text and titles are text, not markup, as a browser reads them; inside <svg> and <math> those
 * names are ordinary elements and `/>` closes an element. (The tree builder also leaves foreign
 * content at an HTML element such as <p> inside <svg>; the site's drawings contain none.)
 */
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

/** Elements whose contents the HTML parser reads as text (raw, or with character references). */
const RAW_TEXT = new Set(['style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const ESCAPABLE_TEXT = new Set(['title', 'textarea']);
const FOREIGN = new Set(['svg', 'math']);
/** Elements with no end tag in HTML. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface ContentModes {
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

function contentModes(tokenizer: Tokenizer): ContentModes {
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

export interface TokenHandlers {
  /** A start tag; `opens` says whether an end tag will close it (not a void or self-closed element). */
  start(token: Token.TagToken, opens: boolean): void;
  end?(token: Token.TagToken): void;
  /** Text, character references decoded. */
  text?(token: Token.CharacterToken): void;
}

/** Reads `html`, calling `handlers` in document order; with `locations`, tokens carry their offsets. */
export function readTokens(html: string, handlers: TokenHandlers, { locations = false } = {}): void {
  const skip = () => {};
  const text = handlers.text ?? skip;
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: locations },
    {
      onStartTag(token: Token.TagToken) {
        const opens = modes.opens(token);
        modes.start(token);
        handlers.start(token, opens);
      },
      onEndTag(token: Token.TagToken) {
        modes.end(token);
        handlers.end?.(token);
      },
      onCharacter: text,
      onWhitespaceCharacter: text,
      onNullCharacter: skip,
      onComment: skip,
      onDoctype: skip,
      onEof: skip,
    },
  );
  const modes = contentModes(tokenizer);
  tokenizer.write(html, true);
}
