import { describe, expect, it } from 'vitest';
import { punctuationInToUnicode } from '../../src/lib/print/toUnicodePunctuation';

const cmap = (bfchar: string, bfrange: string) =>
  `begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n3 beginbfchar\n${bfchar}\nendbfchar\n2 beginbfrange\n${bfrange}\nendbfrange\nendcmap`;

describe('ToUnicode punctuation (src/lib/print/toUnicodePunctuation.ts)', () => {
  it('maps a glyph read back as a modifier letter to the quotation mark, in bfchar entries', () => {
    const out = punctuationInToUnicode(cmap('<01ED> <02BC>\n<01EC> <02bb>\n<0001> <0020>', '<0002> <0007> <0041>\n<01EE> <01EF> <201C>'));
    expect(out).toContain('<01ED> <2019>');
    expect(out).toContain('<01EC> <2018>');
    expect(out).toContain('<0001> <0020>');
    expect(out).toContain('<0002> <0007> <0041>');
    expect(out).toContain('3 beginbfchar');
  });

  it('turns a bfrange run through a modifier letter into an array, and fixes arrays', () => {
    const out = punctuationInToUnicode(cmap('<0001> <0020>', '<01EB> <01ED> <02BA>\n<0010> <0011> [<02BC> <0041>]'));
    expect(out).toContain('<01EB> <01ED> [<02BA> <2018> <2019>]');
    expect(out).toContain('<0010> <0011> [<2019> <0041>]');
    expect(out).toContain('2 beginbfrange');
  });

  it('leaves a CMap without modifier letters as it is, and the codespace range alone', () => {
    const plain = cmap('<0001> <0020>\n<01DF> <002E>', '<0002> <0007> <0041>');
    expect(punctuationInToUnicode(plain)).toBe(plain);
    expect(punctuationInToUnicode('1 begincodespacerange\n<02BC> <02BC>\nendcodespacerange')).toBe('1 begincodespacerange\n<02BC> <02BC>\nendcodespacerange');
  });
});
