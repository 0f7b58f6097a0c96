import { describe, expect, it } from 'vitest';
import { formatExact, formatExactWithUnit, formatPeriod, formatReadable, formatTick } from '../../src/lib/charts/format';
import { formatPartialDate } from '../../src/lib/format/dates';

describe('number formatting', () => {
  it('keeps every digit of the CSV value', () => {
    expect(formatExact(277194.6)).toBe('277,194.6');
    expect(formatExact(1659206)).toBe('1,659,206');
    expect(formatExact(14699.88)).toBe('14,699.88');
    expect(formatExact(334041.0)).toBe('334,041');
    expect(formatExactWithUnit(-171810, 'usd-millions')).toBe('−$171,810 million');
    expect(formatExactWithUnit(21889, 'pounds')).toBe('21,889 lb');
  });
  it('writes readable magnitudes', () => {
    expect(formatReadable(1_234_567, 'usd-millions')).toBe('$1.2 trillion');
    expect(formatReadable(663_763.9, 'usd-millions')).toBe('$663.8 billion');
    expect(formatReadable(1_734_686, 'count')).toBe('1.7 million');
    expect(formatReadable(458_088, 'count')).toBe('458,088');
    expect(formatReadable(-59_973.2, 'usd-millions')).toBe('−$60.0 billion');
  });
  it('writes short ticks', () => {
    expect(formatTick(400_000, 'usd-millions')).toBe('$400B');
    expect(formatTick(1_000_000, 'usd-millions')).toBe('$1T');
    expect(formatTick(1_500_000, 'count')).toBe('1.5M');
    expect(formatTick(500_000, 'count')).toBe('500K');
    expect(formatTick(0, 'count')).toBe('0');
    expect(formatTick(-100_000, 'usd-millions')).toBe('−$100B');
  });
  it('writes periods as readers expect', () => {
    expect(formatPeriod('2021', 'fiscal-year')).toBe('FY2021');
    expect(formatPeriod('2021', 'calendar-year')).toBe('2021');
    expect(formatPeriod('2021-09', 'month')).toBe('September 2021');
    expect(formatPeriod('2021-09', 'month', true)).toBe('Sep 2021');
  });
  it('never adds precision to a partial date', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2021-09')).toBe('September 2021');
    expect(formatPartialDate('2021-10-08')).toBe('8 October 2021');
  });
});
