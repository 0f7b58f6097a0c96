import { describe, expect, it } from 'vitest';
import { cssBlocks, onlyInPrint } from '../support/cssBlocks';

describe('CSS blocks (tests/support/cssBlocks.ts)', () => {
  const css = `/* a { } comment */ a{color:red}@media print{@font-face{font-family:"Source Serif 4";src:url(/_astro/x.ttf)}:root{--f:'Source Serif 4'}p{content:"}"}}@media screen{b{x:1}}`;
  const blocks = cssBlocks(css);

  it('gives each block its prelude, body and the blocks around it', () => {
    expect(blocks.map((b) => b.prelude)).toEqual(['a', '@font-face', ':root', 'p', '@media print', 'b', '@media screen']);
    expect(blocks.find((b) => b.prelude === '@font-face')).toEqual({
      prelude: '@font-face',
      body: 'font-family:"Source Serif 4";src:url(/_astro/x.ttf)',
      within: ['@media print'],
    });
    expect(blocks.find((b) => b.prelude === 'p')!.body, 'a brace in a string is text').toBe('content:"}"');
  });

  it('tells print-only blocks from the others', () => {
    expect(blocks.filter(onlyInPrint).map((b) => b.prelude)).toEqual(['@font-face', ':root', 'p']);
  });

  it('keeps declarations before a nested block in the parent, and refuses unbalanced braces', () => {
    expect(cssBlocks('.a{color:red;.b{x:1}}').map((b) => [b.prelude, b.body])).toEqual([
      ['.b', 'x:1'],
      ['.a', 'color:red;'],
    ]);
    expect(() => cssBlocks('a{')).toThrow(/left open/);
    expect(() => cssBlocks('a}')).toThrow(/unbalanced/);
  });
});
