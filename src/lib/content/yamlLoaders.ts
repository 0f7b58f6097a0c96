/**
 * Loaders for YAML content (timeline, glossary, sources, site, and the Spanish words). Each
 * validates its entries with their schema, naming the file, entry and field of any problem, and puts
 * what it loaded in the content index. References between collections (source ids, chapter slugs,
 * Spanish twins) are checked once everything is loaded (checks.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir, indexCollection, readYaml, rel, type IndexName } from './contentIndex';
import { parseOrThrow } from './formatIssues';

interface Options {
  /** Collection name under which the entries are indexed, if the checks or plugins need them. */
  index?: IndexName;
}

/** A YAML file holding a list of entries, each with an `id`. */
export function yamlListLoader<S extends z.ZodType>(fileName: string, schema: S, opts: Options & { /** Problems across entries, each starting with ` (entry "id"): …`. */ check?: (entries: z.infer<S>[]) => string[] } = {}): Loader {
  return {
    name: `intermestic-yaml-list:${fileName}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const file = path.join(contentDir(), fileName);
      watcher?.add(file);
      const list = readYaml(file);
      if (!Array.isArray(list)) throw new Error(`${rel(file)}: expected a YAML list of entries`);
      store.clear();
      const seen = new Set<string>();
      const parsed = list.map((raw, i) => {
        const entry = String((raw as { id?: unknown })?.id ?? `#${i + 1}`);
        const data = parseOrThrow(schema, raw, rel(file), entry) as z.infer<S> & { id: string };
        if (seen.has(data.id)) throw new Error(`${rel(file)} (entry "${data.id}"): field "id": duplicate id; expected each id once`);
        seen.add(data.id);
        return data;
      });
      const problems = opts.check?.(parsed) ?? [];
      if (problems.length) throw new Error(problems.map((p) => `${rel(file)}${p}`).join('\n'));
      for (const raw of list as { id: string }[]) {
        const data = await parseData({ id: raw.id, data: raw as Record<string, unknown> });
        store.set({ id: raw.id, data, digest: generateDigest(data) });
      }
      if (opts.index) indexCollection(opts.index, parsed.map((data) => ({ id: data.id, file: rel(file), data })) as never);
    },
  };
}

/** A folder of YAML files, one entry per file, id from the file name. */
export function yamlDirLoader<S extends z.ZodType>(dirName: string, schema: S, opts: Options = {}): Loader {
  return {
    name: `intermestic-yaml-dir:${dirName}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = path.join(contentDir(), dirName);
      watcher?.add(dir);
      store.clear();
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).sort();
      const indexed = [];
      for (const f of files) {
        const file = path.join(dir, f);
        const id = f.replace(/\.yaml$/, '');
        const raw = readYaml(file);
        const data = parseOrThrow(schema, raw, rel(file), id);
        const parsed = await parseData({ id, data: raw as Record<string, unknown>, filePath: rel(file) });
        store.set({ id, data: parsed, filePath: rel(file), digest: generateDigest(parsed) });
        indexed.push({ id, file: rel(file), data });
      }
      if (opts.index) indexCollection(opts.index, indexed as never);
    },
  };
}

/**
 * A YAML mapping of id → entry (the Spanish wording files, keyed by the English ids). With `single`,
 * the whole file is one entry stored under that id.
 */
export function yamlMapLoader<S extends z.ZodType>(fileName: string, schema: S, opts: Options & { single?: string } = {}): Loader {
  return {
    name: `intermestic-yaml-map:${fileName}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const file = path.join(contentDir(), fileName);
      watcher?.add(file);
      const raw = readYaml(file);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${rel(file)}: expected a YAML mapping`);
      const entries = opts.single ? [[opts.single, raw] as const] : Object.entries(raw as Record<string, unknown>);
      store.clear();
      const indexed = [];
      for (const [id, value] of entries) {
        const data = parseOrThrow(schema, value, rel(file), id);
        const parsed = await parseData({ id, data: value as Record<string, unknown> });
        store.set({ id, data: parsed, digest: generateDigest(parsed) });
        indexed.push({ id, file: rel(file), data });
      }
      if (opts.index) indexCollection(opts.index, indexed as never);
    },
  };
}
