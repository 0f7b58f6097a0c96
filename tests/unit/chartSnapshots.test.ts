/**
 * Snapshot of every figure's chart model, in the manner of Observable Plot's SVG snapshots: the
 * geometry each layout draws (ticks, paths, bars, labels, vantage rule, annotations, hover columns),
 * numbers rounded to 0.1 px, written as text under tests/unit/__snapshots__/charts/. A change to the
 * model or the data shows up as a readable diff; `vitest -u` accepts it. The browser suite keeps one
 * interactive test per chart kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { figureInput } from '../../src/lib/charts/figureInput';
import { chartModel, type ChartKind, type ChartModel } from '../../src/lib/charts/model';
import { loadDataset } from '../../src/lib/data/datasetLoader';
import { localizeDatasetMeta } from '../../src/lib/data/localizeDataset';
import { datasetEsSchema } from '../../src/schemas/translations';
import { chapters, chartsIn, ROOT } from '../support/site';

const [{ vantage }] = parseYaml(fs.readFileSync(path.join(ROOT, 'content/site.yaml'), 'utf8')) as [{ vantage: string }];

/** Attributes the snapshot needs beyond chartsIn(): the period bounds and the annotations, as written in the MDX. */
function extra(body: string, id: string) {
  const tag = body.match(new RegExp(`<Chart\\s[^>]*\\bid="${id}"[\\s\\S]*?/>`))![0];
  const attr = (name: string) => tag.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1];
  const annotations = [...(tag.match(/annotations=\{\[([\s\S]*?)\]\}/)?.[1] ?? '').matchAll(/at:\s*"([^"]+)",\s*label:\s*"([^"]+)"/g)].map((m) => ({
    at: m[1]!,
    label: m[2]!,
  }));
  return { from: attr('from'), to: attr('to'), annotations };
}

const r = (n: number) => String(Math.round(n * 10) / 10);
const path1 = (d: string) => d.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => r(Number(n)));

/** The model as lines of text, one mark per line. */
function sketch(m: ChartModel): string {
  return [
    `size ${m.width}x${m.height} margin ${m.margin.top} ${m.margin.right} ${m.margin.bottom} ${m.margin.left} zero ${r(m.zeroY)}`,
    ...m.yTicks.map((t) => `y-tick ${r(t.pos)} "${t.label}"`),
    ...m.xTicks.map((t) => `x-tick ${r(t.pos)} "${t.label}"`),
    ...m.lines.map((l) => `line ${l.key} d="${path1(l.d)}"${l.dLater ? ` later="${path1(l.dLater)}"` : ''}`),
    ...m.bars.map(
      (b) => `bar ${b.key} ${b.period} ${r(b.x)},${r(b.y)} ${r(b.w)}x${r(b.h)} = ${b.value}${b.flag ? ` [${b.flag}]` : ''}${b.later ? ' [later]' : ''}`,
    ),
    ...m.labels.map((l) => `label ${l.key} ${r(l.x)},${r(l.y)} "${l.text}"`),
    ...m.annotations.map((a) => `annotation ${r(a.x)} ${r(a.labelY)} ${a.anchor} "${a.label}"`),
    ...(m.vantage ? [`vantage ${r(m.vantage.x)} ${r(m.vantage.labelY)} ${m.vantage.anchor} "${m.vantage.label}"`] : []),
    ...m.columns.map(
      (c) =>
        `hover ${c.period} @${r(c.x)} "${c.heading}": ${c.items.map((i) => `${i.label} ${i.text}${i.notes?.length ? ` (${i.notes.join('; ')})` : ''}`).join(' | ')}${c.total ? ` | ${c.total}` : ''}`,
    ),
  ].join('\n');
}

for (const lang of ['en', 'es'] as const) {
  describe(`chart models (${lang})`, () => {
    for (const chapter of chapters(lang)) {
      for (const f of chartsIn(chapter.body)) {
        it(`${f.id} matches its snapshot, wide and narrow`, async () => {
          const loaded = loadDataset(f.dataset, ROOT);
          const esFile = `content/es/data/${f.dataset}.yaml`;
          const meta =
            lang === 'en'
              ? loaded.meta
              : localizeDatasetMeta(loaded.meta, datasetEsSchema.parse(parseYaml(fs.readFileSync(path.join(ROOT, esFile), 'utf8'))), loaded.rows, esFile);
          const { from, to, annotations } = extra(chapter.body, f.id);
          const input = figureInput(meta, loaded.rows, {
            kind: f.kind as ChartKind,
            columns: f.series,
            groupBy: f.groupBy,
            from,
            to,
            annotations,
            lang,
            vantage,
            notesOf: (p) => [p.flag, p.later ? 'later' : undefined].filter((n): n is string => Boolean(n)),
          });
          const text = ['wide', 'narrow']
            .map(
              (layout) =>
                `# ${layout}\n${sketch(chartModel(input, layout === 'wide' ? { width: 640, height: 380, narrow: false } : { width: 360, height: 300, narrow: true }))}`,
            )
            .join('\n\n');
          await expect(`${text}\n`).toMatchFileSnapshot(`__snapshots__/charts/${lang}/${f.id}.txt`);
        });
      }
    }
  });
}
