/**
 * preparePrintHtml: how a chapter's rendered HTML is rewritten for paper (link numbers, sources
 * cited) and, for the whole briefing, for sharing one page with the other chapters (ids and every
 * reference to them prefixed, headings shifted, controls dropped).
 */
import { describe, expect, it } from 'vitest';
import { preparePrintHtml, type PrintHtmlOptions, type SourceRef } from '../../src/lib/print/printHtml';

const site = new URL('https://intermestic.test');
const source = { id: 'wayne-2021', title: 'The article' } as unknown as SourceRef;
const options = (more: Partial<PrintHtmlOptions> = {}): PrintHtmlOptions => ({ site, sources: new Map([['wayne-2021', source]]), ...more });

describe('links on paper', () => {
  const html =
    '<p>See <a href="https://example.org/report">the <em>report</em></a>, <a href="https://example.org/report">again</a>, ' +
    '<a href="/data/trade.csv">CSV</a>, <a href="/migration/">Migration</a> and <a href="/sources/#wayne-2021">Wayne (2021)</a>. ' +
    '<a href="/glossary/#usmca">USMCA</a> <a href="#fn-1">1</a> <a href="mailto:a@b.test">mail</a></p>' +
    '<div class="no-print"><a href="https://example.org/control">control</a></div>';
  const out = preparePrintHtml(html, options());

  it('numbers each address that leaves the document once, in order, labelled with its text', () => {
    expect(out.endnotes).toEqual([
      { n: 1, label: 'the report', url: 'https://example.org/report' },
      { n: 2, label: 'CSV: trade.csv', url: 'https://intermestic.test/data/trade.csv' },
      { n: 3, label: 'Migration', url: 'https://intermestic.test/migration/' },
    ]);
    expect(out.html).toContain('<a href="https://example.org/report" data-endnote="1">the <em>report</em></a>');
    expect(out.html).toContain('<a href="https://example.org/report" data-endnote="1">again</a>');
  });

  it('lists a cited source instead of numbering it, and leaves glossary terms, in-page anchors, mail and controls alone', () => {
    expect(out.sources).toEqual([source]);
    for (const unnumbered of ['/sources/#wayne-2021', '/glossary/#usmca', '#fn-1', 'mailto:a@b.test', 'https://example.org/control'])
      expect(out.html).toContain(`<a href="${unnumbered}">`);
  });

  it('copies everything it does not change byte for byte', () => {
    const plain = '<p class="x" data-a=\'1\'>Text &amp; <b>more</b><br><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></p><!-- note -->';
    expect(preparePrintHtml(plain, options()).html).toBe(plain);
  });
});

describe('one chapter of the whole briefing', () => {
  const html =
    '<h2 id="intro">Intro</h2><div class="heading-controls"><a href="#intro">link</a><span><b>x</b></span></div>' +
    '<p>Back to <a href="#intro">the start</a>; see <a href="/trade/#usmca">trade</a> and <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">this</a>.</p>' +
    '<figure id="fig-x" data-fig="fig-x" aria-labelledby="t-x d-x"><svg><defs><pattern id="later"></pattern></defs>' +
    '<rect fill="url(#later)"/><use href="#later"/></svg><label for="f">F</label><input id="f"></figure>' +
    '<h3>Sub</h3>';
  const out = preparePrintHtml(
    html,
    options({ prefix: 'migration--', headingShift: 1, drop: ['heading-controls'], inDocument: (p, hash) => (p === '/trade/' ? `trade--${hash}` : undefined) }),
  );

  it('prefixes every id and every reference to one: anchors, ARIA, labels, data-fig, and the drawing’s url(#…) and href', () => {
    expect(out.html).toContain('<h3 id="migration--intro">Intro</h3>');
    expect(out.html).toContain('<a href="#migration--intro">the start</a>');
    expect(out.html).toContain('<figure id="migration--fig-x" data-fig="migration--fig-x" aria-labelledby="migration--t-x migration--d-x">');
    expect(out.html).toContain('<pattern id="migration--later">');
    expect(out.html).toContain('<rect fill="url(#migration--later)"/><use href="#migration--later"/>');
    expect(out.html).toContain('<label for="migration--f">F</label><input id="migration--f">');
  });

  it('moves headings down a level, start and end tags', () => {
    expect(out.html).toContain('<h4>Sub</h4>');
    expect(out.html).not.toMatch(/<h2|<\/h2>/);
  });

  it('drops the controls with everything in them', () => {
    expect(out.html).not.toContain('heading-controls');
    expect(out.html).not.toContain('<b>x</b>');
    const nested = preparePrintHtml(
      '<div><div class="c"><div><div>deep</div></div><img alt=""><svg><path/></svg></div><div>kept</div></div>',
      options({ drop: ['c'] }),
    );
    expect(nested.html).toBe('<div><div>kept</div></div>');
  });

  it('turns links to places in the document into in-document links, and numbers the rest with their query intact', () => {
    expect(out.html).toContain('<a href="#trade--usmca">trade</a>');
    expect(out.html).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;" data-endnote="1">this</a>');
    expect(out.endnotes).toEqual([{ n: 1, label: 'this', url: 'https://example.org/?a=1&b=%222%22' }]);
  });
});
