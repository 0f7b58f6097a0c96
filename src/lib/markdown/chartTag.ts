/**
 * The `<Chart>` tags of a chapter's MDX tree, read as the author wrote them and validated against
 * the `<Chart>` contract (src/schemas/chart.ts), in order. remarkCharts checks them against the
 * datasets while the chapter renders; figures.ts reads the same tags to give each figure its
 * download files, share page and card.
 */
import type { Expression } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { formatIssues } from '../content/formatIssues';
import { chartPropsSchema, type ChartSpec } from '../../schemas/chart';

/** The value of a literal JS expression (strings, numbers, arrays, plain objects); undefined otherwise. */
function literal(node: Expression | null | undefined): unknown {
  if (!node) return undefined;
  if (node.type === 'Literal') return node.value;
  if (node.type === 'ArrayExpression') return node.elements.map((e) => (e && e.type !== 'SpreadElement' ? literal(e) : undefined));
  if (node.type === 'ObjectExpression') {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (p.type !== 'Property' || p.computed) return undefined;
      const key = p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : undefined;
      if (key === undefined) return undefined;
      out[key] = literal(p.value as Expression);
    }
    return out;
  }
  return undefined;
}

/** What an author wrote as props: string attributes as they are, `{…}` attributes as literal values. */
function propsOf(el: MdxJsxFlowElement, at: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute') throw new Error(`${at}: <Chart> takes named attributes only`);
    const attr = a as MdxJsxAttribute;
    if (attr.value == null || typeof attr.value === 'string') props[attr.name] = attr.value ?? true;
    else {
      const program = attr.value.data?.estree;
      const stmt = program?.body[0];
      const value = stmt?.type === 'ExpressionStatement' ? literal(stmt.expression) : undefined;
      if (value === undefined) throw new Error(`${at}: <Chart> attribute "${attr.name}" must be a literal value (text, a list or an object)`);
      props[attr.name] = value;
    }
  }
  return props;
}

export interface ChartTag {
  el: MdxJsxFlowElement;
  /** "content/chapters/trade.mdx:42", for messages. */
  at: string;
  /** 1-based position among the chapter's figures: figure "<chapter order>.<n>". */
  n: number;
  props: ChartSpec;
}

/** Every <Chart> in the tree, validated; a bad prop or a repeated id stops with file, line and field. */
export function chartTags(tree: Root, where: string): ChartTag[] {
  const tags: ChartTag[] = [];
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const el = node as MdxJsxFlowElement;
    if (el.name !== 'Chart') return;
    const at = `${where}:${el.position?.start.line ?? 0}`;
    const parsed = chartPropsSchema.safeParse(propsOf(el, at));
    if (!parsed.success) throw new Error(formatIssues(at, parsed.error, '<Chart>'));
    if (ids.has(parsed.data.id)) throw new Error(`${at}: <Chart id="${parsed.data.id}"> is used twice in this chapter; expected unique figure ids`);
    ids.add(parsed.data.id);
    tags.push({ el, at, n: tags.length + 1, props: parsed.data });
  });
  return tags;
}
