import { describe, expect, it } from 'vitest';
import { sectionOpeningFigure } from '../../src/lib/markdown/mdxBody';

describe('a section that opens with a figure', () => {
  const body = [
    '## Opens with a chart',
    '',
    '<Chart id="trade-flows" dataset="x" kind="line" series={["a"]} title="T" />',
    '',
    'Text.',
    '',
    '## Opens with text',
    '',
    'Text first.',
    '',
    '<Chart id="later-chart" dataset="x" kind="line" series={["a"]} title="T" />',
  ].join('\n');
  it('names the chart that comes first after the h2, so the section card can show it', () => {
    expect(sectionOpeningFigure(body, 'Opens with a chart')).toBe('trade-flows');
  });
  it('leaves a section that opens with text to its title card', () => {
    expect(sectionOpeningFigure(body, 'Opens with text')).toBeUndefined();
    expect(sectionOpeningFigure(body, 'No such section')).toBeUndefined();
  });
});
