/**
 * Checks every `<Chart>` in a chapter against the datasets under content/data (dataset id, series and
 * group columns, a unique figure id) and numbers the figures "chapter.n", so an author's typo stops
 * the build naming the chapter and the id instead of rendering an empty figure.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { datasetRefs } from '../content/contentIndex';
import { fileLabel, frontmatterOf, langOfFile } from './vfileInfo';

function attr(node: MdxJsxFlowElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** Column names from `series={["a", "b"]}` or `series="a"`. */
function seriesOf(a: MdxJsxAttribute | undefined): string[] {
  if (!a || a.value == null) return [];
  if (typeof a.value === 'string') return [a.value];
  return [...a.value.value.matchAll(/["']([a-z0-9_]+)["']/g)].map((m) => m[1]);
}

export default function remarkCharts() {
  return (tree: Root, file: VFile) => {
    const where = fileLabel(file);
    const datasets = datasetRefs();
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
      const line = el.position?.start.line ?? 0;
      const at = `${where}:${line}`;
      const id = attr(el, 'id')?.value;
      if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) throw new Error(`${at}: <Chart> needs id="kebab-case-name" (it becomes the #fig-… anchor)`);
      if (ids.has(id)) throw new Error(`${at}: <Chart id="${id}"> is used twice in this chapter; expected unique figure ids`);
      ids.add(id);
      const datasetId = attr(el, 'dataset')?.value;
      if (typeof datasetId !== 'string') throw new Error(`${at}: <Chart id="${id}"> has no dataset="…"`);
      const dataset = datasets.get(datasetId);
      if (!dataset) throw new Error(`${at}: <Chart id="${id}"> points at dataset "${datasetId}", which does not exist; expected one of ${[...datasets.keys()].join(', ')}`);
      const series = seriesOf(attr(el, 'series'));
      if (!series.length) throw new Error(`${at}: <Chart id="${id}"> has no series; expected series={["column", …]}`);
      for (const col of series) {
        if (!dataset.columns.includes(col)) throw new Error(`${at}: <Chart id="${id}"> asks for column "${col}", which dataset "${datasetId}" does not have; expected one of ${dataset.columns.join(', ')}`);
      }
      const groupBy = attr(el, 'groupBy')?.value;
      if (typeof groupBy === 'string' && groupBy !== dataset.groupColumn) throw new Error(`${at}: <Chart id="${id}"> groups by "${groupBy}", but dataset "${datasetId}" has group column ${dataset.groupColumn ? `"${dataset.groupColumn}"` : 'none'}`);
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: `${order}.${n}` });
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: langOfFile(file) });
      // What a figure citation needs from its chapter: the title and the latest revision date.
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapterTitle', value: String(fm.title ?? '') });
      if (revised) el.attributes.push({ type: 'mdxJsxAttribute', name: 'revised', value: revised });
    });
  };
}
