/**
 * A synchronous read of the small reference files under content/ (sources, glossary, dataset
 * metadata, chapter slugs). Markdown plugins and loaders run before Astro's collections are
 * queryable, so they check ids against these files directly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const contentDir = (root = process.cwd()) => path.join(root, 'content');

/** Path relative to the project root, for error messages a maintainer can open. */
export const rel = (file: string, root = process.cwd()) => path.relative(root, file) || file;

export function readYaml(file: string): unknown {
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${rel(file)}: not valid YAML: ${(err as Error).message}`);
  }
}

export interface GlossaryTermRef {
  id: string;
  match: string[];
}
export interface DatasetRef {
  id: string;
  columns: string[];
  groupColumn?: string;
}

export function sourceIds(root?: string): Set<string> {
  return new Set(sourceVia(root).keys());
}

/** Source id → the ids of its intermediaries (`via`), for checking dataset provenance. */
export function sourceVia(root?: string): Map<string, string[]> {
  const data = readYaml(path.join(contentDir(root), 'sources.yaml'));
  if (!Array.isArray(data)) throw new Error('content/sources.yaml: expected a list of sources');
  return new Map(
    data.map((s) => {
      const entry = s as { id?: unknown; via?: { id?: unknown }[] };
      return [String(entry.id), Array.isArray(entry.via) ? entry.via.map((v) => String(v?.id)) : []];
    }),
  );
}

/** Glossary ids and match phrases; Spanish phrases come from content/es/glossary/. */
export function glossaryTerms(root?: string, lang: 'en' | 'es' = 'en'): GlossaryTermRef[] {
  const dir = path.join(contentDir(root), lang === 'es' ? 'es/glossary' : 'glossary');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const data = readYaml(path.join(dir, f)) as { match?: unknown };
      return { id: f.replace(/\.yaml$/, ''), match: Array.isArray(data?.match) ? data.match.map(String) : [] };
    });
}

export function datasetRefs(root?: string): Map<string, DatasetRef> {
  const dir = path.join(contentDir(root), 'data');
  const out = new Map<string, DatasetRef>();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))) {
    const data = readYaml(path.join(dir, f)) as { columns?: { name?: unknown }[]; groupColumn?: string };
    const id = f.replace(/\.yaml$/, '');
    out.set(id, { id, columns: (data?.columns ?? []).map((c) => String(c?.name)), groupColumn: data?.groupColumn });
  }
  return out;
}

export function chapterSlugs(root?: string): Set<string> {
  const dir = path.join(contentDir(root), 'chapters');
  return new Set(fs.readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((f) => f.replace(/\.mdx$/, '')));
}
