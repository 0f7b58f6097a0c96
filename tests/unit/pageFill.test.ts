import { describe, expect, it } from 'vitest';
import { blankFraction, frameOf, mmToPt, pageMarginsOf } from '../support/pageFill';

const box = (top: number, bottom: number) => ({ left: 72, right: 300, top, bottom });

describe('page fill (tests/support/pageFill.ts)', () => {
  const frame = frameOf(792, { top: 62, bottom: 62 }); // 62 … 730: 668 pt tall

  it('measures the empty part of the frame below the lowest ink', () => {
    expect(blankFraction([box(70, 90), box(100, 396)], frame)).toBeCloseTo((730 - 396) / 668, 6);
    expect(blankFraction([box(70, 730)], frame)).toBe(0);
  });

  it('leaves out the running head and the folio in the margins', () => {
    const head = box(30, 40);
    const folio = box(750, 760);
    expect(blankFraction([head, box(70, 400), folio], frame)).toBeCloseTo((730 - 400) / 668, 6);
    expect(blankFraction([head, folio], frame), 'a page with only its head and folio is blank').toBe(1);
  });

  it('counts a box by its middle, and a descender in the margin only up to the frame', () => {
    expect(blankFraction([box(720, 736)], frame)).toBe(0);
    expect(blankFraction([box(725, 760)], frame), 'mostly in the margin: not in the frame').toBe(1);
  });

  it('is wholly blank with no ink, and refuses an empty frame', () => {
    expect(blankFraction([], frame)).toBe(1);
    expect(() => blankFraction([], { top: 100, bottom: 100 })).toThrow(/frame is empty/);
    expect(() => frameOf(100, { top: 60, bottom: 60 })).toThrow(/leave no frame/);
    expect(() => frameOf(0, { top: 0, bottom: 0 })).toThrow(/height must be positive/);
  });

  it('reads the page margins of a stylesheet in millimetres, as CSS reads one to four values', () => {
    expect(mmToPt(25.4)).toBe(72);
    expect(pageMarginsOf('@media print { @page { margin: 22mm 24mm 20mm; } }')).toEqual({ top: mmToPt(22), bottom: mmToPt(20) });
    expect(pageMarginsOf('@page{margin:15mm}')).toEqual({ top: mmToPt(15), bottom: mmToPt(15) });
    expect(pageMarginsOf('@page { margin: 10mm 5mm }')).toEqual({ top: mmToPt(10), bottom: mmToPt(10) });
    expect(() => pageMarginsOf('p { margin: 0 }', 'print.css')).toThrow(/print.css: no @page rule with a margin/);
    expect(() => pageMarginsOf('@page { margin: 1in }', 'print.css')).toThrow(/print.css: .*expected lengths in mm, got "1in"/);
  });
});
