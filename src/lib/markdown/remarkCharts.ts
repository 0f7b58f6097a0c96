/**
 * Checks every `<Chart>` in a chapter against the `<Chart>` contract (src/schemas/chart.ts) and the
 * loaded datasets (dataset id, series and group columns, a unique figure id), and numbers the figures
 * "chapter.n", so an author's typo stops the build naming the chapter, the line and the field instead
 * of rendering an empty figure.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { indexed } from '../content/contentIndex';
import { chartTags } from './chartTag';
import { fileLabel, frontmatterOf, langOfFile, slugOfFile } from './vfileInfo';

export default function remarkCharts() {
  return (tree: Root, file: VFile) => {
    const where = fileLabel(file);
    const datasets = new Map(indexed('datasets').map((d) => [d.id, d.data]));
    const fm = frontmatterOf(file);
    const order = Number(fm.order ?? 0);
    const revisions = Array.isArray(fm.revisions) ? (fm.revisions as { date?: unknown }[]) : [];
    const lastDate = revisions[revisions.length - 1]?.date;
    const revised = lastDate ? new Date(lastDate as string).toISOString().slice(0, 10) : undefined;
    for (const { el, at, n, props } of chartTags(tree, where)) {
      const { id, dataset: datasetId, series, groupBy } = props;
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
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapter', value: slugOfFile(file) });
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: langOfFile(file) });
      // What a figure citation needs from its chapter: the title and the latest revision date.
      el.attributes.push({ type: 'mdxJsxAttribute', name: 'chapterTitle', value: String(fm.title ?? '') });
      if (revised) el.attributes.push({ type: 'mdxJsxAttribute', name: 'revised', value: revised });
    }
  };
}
