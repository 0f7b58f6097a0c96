/**
 * The blocks of a stylesheet with the at-rules around each: enough to tell whether an @font-face, or
 * any rule naming a family, sits inside @media print. A brace walker, not a parser: it skips comments
 * and quoted strings, and reads the (minified or not) output of the site's build.
 */

export interface CssBlock {
  /** The block's prelude: a selector list or an at-rule ("@font-face", "@media print"). */
  prelude: string;
  /** Its declarations, without nested blocks. */
  body: string;
  /** The preludes of the blocks around it, outermost first. */
  within: string[];
}

export function cssBlocks(css: string): CssBlock[] {
  const blocks: CssBlock[] = [];
  const stack: { prelude: string; body: string }[] = [];
  let text = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      text += css.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '{') {
      // The prelude is what follows the last declaration of the enclosing block.
      const cut = Math.max(text.lastIndexOf(';'), -1);
      const prelude = text.slice(cut + 1).trim();
      if (stack.length) stack[stack.length - 1]!.body += text.slice(0, cut + 1);
      stack.push({ prelude, body: '' });
      text = '';
    } else if (c === '}') {
      const open = stack.pop();
      if (!open) throw new Error(`cssBlocks: unbalanced "}" at offset ${i}`);
      blocks.push({ prelude: open.prelude, body: (open.body + text).trim(), within: stack.map((s) => s.prelude) });
      text = '';
    } else text += c;
  }
  if (stack.length) throw new Error(`cssBlocks: ${stack.length} block(s) left open at the end`);
  return blocks;
}

/** Whether a block applies only in print: some block around it is an @media rule for print alone. */
export const onlyInPrint = (b: CssBlock) => b.within.some((p) => /^@media\s+print\s*$/i.test(p));
