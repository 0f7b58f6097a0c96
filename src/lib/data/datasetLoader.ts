/**
 * Content loader for `content/data/<id>.yaml` + `<id>.csv`. Every dataset is validated in full
 * (metadata, header, each cell, duplicate periods, flags, source ids) during content sync, before any
 * page renders, so a bad file stops the build with nothing half-built.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { datasetMetaSchema } from '../../schemas/dataset';
import { contentDir, readYaml, rel, sourceVia } from '../content/contentIndex';
import { parseOrThrow } from '../content/formatIssues';
import { parseCsv, type Row } from './parseCsv';
import { checkProvenance } from './provenance';

export interface LoadedDataset {
  id: string;
  meta: ReturnType<typeof datasetMetaSchema.parse>;
  rows: Row[];
  /** sha256 of the CSV bytes, so a printed chart can be matched to its data. */
  sha256: string;
  /** Path of the CSV relative to content/data. */
  csvFile: string;
}

/** Reads and validates one dataset; throws an Error naming the file and line or field. */
export function loadDataset(id: string, root?: string): LoadedDataset {
  const dir = path.join(contentDir(root), 'data');
  const yamlFile = path.join(dir, `${id}.yaml`);
  const csvFile = path.join(dir, `${id}.csv`);
  const meta = parseOrThrow(datasetMetaSchema, readYaml(yamlFile), rel(yamlFile, root));
  const known = sourceVia(root);
  meta.sources.forEach((s, i) => {
    if (!known.has(s)) throw new Error(`${rel(yamlFile, root)}: field "sources.${i}": unknown source id "${s}"; expected an id from content/sources.yaml`);
  });
  meta.provenance.forEach((p, i) => {
    const source = p.source ?? meta.sources[0];
    if (!meta.sources.includes(source)) throw new Error(`${rel(yamlFile, root)}: field "provenance.${i}.source": "${source}" is not one of this dataset's sources (${meta.sources.join(', ')})`);
    const vias = known.get(source)!;
    if (p.via && !vias.includes(p.via)) throw new Error(`${rel(yamlFile, root)}: field "provenance.${i}.via": "${p.via}" is not an intermediary of source "${source}"; expected one of its via ids in content/sources.yaml (${vias.join(', ') || 'it has none'})`);
  });
  if (!fs.existsSync(csvFile)) throw new Error(`${rel(yamlFile, root)}: no data file ${rel(csvFile, root)} beside it`);
  const bytes = fs.readFileSync(csvFile);
  const rows = parseCsv(bytes.toString('utf8'), meta.columns, {
    file: rel(csvFile, root),
    periodColumn: meta.period.column,
    groupColumn: meta.groupColumn,
  });
  const periods = new Set(rows.map((r) => String(r[meta.period.column])));
  meta.flags.forEach((f, i) => {
    if (!periods.has(f.period)) throw new Error(`${rel(yamlFile, root)}: field "flags.${i}.period": "${f.period}" is not a period in ${rel(csvFile, root)}`);
  });
  const problems = checkProvenance(meta, rows.map((r) => ({ period: String(r[meta.period.column]), ...(meta.groupColumn ? { group: String(r[meta.groupColumn]) } : {}) })));
  if (problems.length) {
    const shown = problems.slice(0, 8).map((p) => `${rel(yamlFile, root)}: ${p}`);
    if (problems.length > 8) shown.push(`${rel(yamlFile, root)}: … and ${problems.length - 8} more`);
    throw new Error(shown.join('\n'));
  }
  return { id, meta, rows, sha256: createHash('sha256').update(bytes).digest('hex'), csvFile: `${id}.csv` };
}

export function datasetLoader(): Loader {
  return {
    name: 'intermestic-datasets',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = path.join(contentDir(), 'data');
      watcher?.add(dir);
      store.clear();
      const ids = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).map((f) => f.replace(/\.yaml$/, '')).sort();
      for (const id of ids) {
        const dataset = loadDataset(id);
        const data = await parseData({ id, data: { ...dataset } });
        store.set({ id, data, digest: generateDigest(dataset.sha256 + JSON.stringify(dataset.meta)) });
      }
    },
  };
}
