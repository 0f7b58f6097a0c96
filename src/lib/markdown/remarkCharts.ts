/**
 * Checks every `<Chart>` in a chapter against the `<Chart>` contract (src/schemas/chart.ts) and the
 * loaded datasets (dataset id, series and group columns, a unique figure id), and numbers the figures
 * "chapter.n", so an author's typo stops the build naming the chapter, the line and the field instead
 * of rendering an empty figure.
 */
import type { Expression } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { indexed } from '../content/contentIndex';
import { formatIssues } from '../content/formatIssues';
import { chartPropsSchema } from '../../schemas/chart';
import { fileLabel, frontmatterOf, langOfFile } from './vfileInfo';

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

export default function remarkCharts() {
  return (tree: Root, file: VFile) => {
    const where = fileLabel(file);
    const datasets = new Map(indexed('datasets').map((d) => [d.id, d.data]));
    const fm = frontmatterOf(file);
    const order = Number(fm.order ?? 0);
    const revisions = Array.isArray(fm.revisions) ? (fm.revisions as { date?: unknown }[]) : [];
    const lastDate = revisions[revisions.length - 1]?.date;
    const revised = lastDate ? new Date(lastDate as string).toISOString().slice(0, 10) : undefined;
    const ids = new Set<string>();
    let n = 0;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as MdxJsxFlowElement;
      if (el.name !== 'Chart') return;
      n++;
      const at = `${where}:${el.position?.start.line ?? 0}`;
      const parsed = chartPropsSchema.safeParse(propsOf(el, at));
      if (!parsed.success) throw new Error(formatIssues(at, parsed.error, '<Chart>'));
      const { id, dataset: datasetId, series, groupBy } = parsed.data;
      if (ids.has(id)) throw new Error(`${at}: <Chart id="${id}"> is used twice in this chapter; expected unique figure ids`);
      ids.add(id);
      const dataset = datasets.get(datasetId);
      if (!dataset)
        throw new Error(`${at}: <Chart id="${id}"> points at dataset "${datasetId}", which does not exist; expected one of ${[...datasets.keys()].join(', ')}`);
      const columns = dataset.meta.columns.map((c) => c.name);
      for (const col of series) {
        if (!columns.includes(col))
          throw new Error(
            `${at}: <Chart id="${id}"> asks for column "${col}", which dataset "${datasetId}" does not have; expected one of ${columns.join(', ')}`,
          );
      }
      if (groupBy !== undefined && groupBy !== dataset.meta.groupColumn)
        throw new Error(
          `${at}: <Chart id="${id}"> groups by "${groupBy}", but dataset "${datasetId}" has group column ${dataset.meta.groupColumn ? `"${dataset.meta.groupColumn}"` : 'none'}`,
        );
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: `${order}.${n}` });
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: langOfFile(file) });
      // What a figure citation needs from its chapter: the title and the latest revision date.
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapterTitle', value: String(fm.title ?? '') });
      if (revised) el.attributes.push({ type: 'mdxJsxAttribute', name: 'revised', value: revised });
    });
  };
}
