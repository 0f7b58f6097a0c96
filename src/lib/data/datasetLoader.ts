/**
 * Content loader for `content/data/<id>.yaml` + `<id>.csv`. Every dataset is validated in full
 * (metadata, header, each cell, duplicate periods, flags, provenance) during content sync, before any
 * page renders, so a bad file stops the build with nothing half-built. References to sources are
 * checked with the other cross-references once everything is loaded (src/lib/content/checks.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { datasetMetaSchema, type LoadedDataset } from '../../schemas/dataset';
import { contentDir, indexCollection, readYaml, rel } from '../content/contentIndex';
import { parseOrThrow } from '../content/formatIssues';
import { parseCsv } from './parseCsv';
import { checkProvenance } from './provenance';

/** Reads and validates one dataset; throws an Error naming the file and line or field. */
export function loadDataset(id: string, root?: string): LoadedDataset {
  const dir = path.join(contentDir(root), 'data');
  const yamlFile = path.join(dir, `${id}.yaml`);
  const csvFile = path.join(dir, `${id}.csv`);
  const meta = parseOrThrow(datasetMetaSchema, readYaml(yamlFile), rel(yamlFile, root));
  if (!fs.existsSync(csvFile)) throw new Error(`${rel(yamlFile, root)}: no data file ${rel(csvFile, root)} beside it`);
  const bytes = fs.readFileSync(csvFile);
  const csv = bytes.toString('utf8');
  const rows = parseCsv(csv, meta.columns, {
    file: rel(csvFile, root),
    periodColumn: meta.period.column,
    groupColumn: meta.groupColumn,
  });
  const periods = new Set(rows.map((r) => String(r[meta.period.column])));
  meta.flags.forEach((f, i) => {
    if (!periods.has(f.period)) throw new Error(`${rel(yamlFile, root)}: field "flags.${i}.period": "${f.period}" is not a period in ${rel(csvFile, root)}`);
  });
  const problems = checkProvenance(
    meta,
    rows.map((r) => ({ period: String(r[meta.period.column]), ...(meta.groupColumn ? { group: String(r[meta.groupColumn]) } : {}) })),
  );
  if (problems.length) {
    const shown = problems.slice(0, 8).map((p) => `${rel(yamlFile, root)}: ${p}`);
    if (problems.length > 8) shown.push(`${rel(yamlFile, root)}: … and ${problems.length - 8} more`);
    throw new Error(shown.join('\n'));
  }
  return { id, meta, rows, sha256: createHash('sha256').update(bytes).digest('hex'), csvFile: `${id}.csv`, csv };
}

export function datasetLoader(): Loader {
  return {
    name: 'intermestic-datasets',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = path.join(contentDir(), 'data');
      watcher?.add(dir);
      store.clear();
      const ids = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort();
      const loaded: LoadedDataset[] = [];
      for (const id of ids) {
        const dataset = loadDataset(id);
        const data = await parseData({ id, data: { ...dataset } });
        store.set({ id, data, digest: generateDigest(dataset.sha256 + JSON.stringify(dataset.meta)) });
        loaded.push(dataset);
      }
      indexCollection(
        'datasets',
        loaded.map((d) => ({ id: d.id, file: `content/data/${d.id}.yaml`, data: d })),
      );
    },
  };
}
