/**
 * A chapter's MDX body read outside Astro's pipeline (unified + remark-mdx, as @astrojs/mdx reads
 * it), for what the build needs to know about a chapter before rendering it: its figures and the
 * block that opens each section.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Parsed once per body text: every share page, figure file and card of a chapter asks about the same
 * body, and parsing it each time was a tenth of a large build's time. Keyed by the text itself, so a
 * changed chapter is parsed afresh; callers only read the tree.
 */
const parsed = new Map<string, Root>();
export function parseMdx(body: string): Root {
  let tree = parsed.get(body);
  if (!tree) parsed.set(body, (tree = parser.parse(body) as Root));
  return tree;
}

/**
 * The id of the figure that opens a section, when the first block after the section's h2 is a
 * `<Chart>`: that section's share card shows the chart.
 */
export function sectionOpeningFigure(body: string, heading: string): string | undefined {
  const blocks = parseMdx(body).children;
  const at = blocks.findIndex((n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === heading.trim());
  const next = at >= 0 ? blocks[at + 1] : undefined;
  if (next?.type !== 'mdxJsxFlowElement' || next.name !== 'Chart') return undefined;
  const id = next.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' ? id : undefined;
}
