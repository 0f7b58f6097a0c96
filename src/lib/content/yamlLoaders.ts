/**
 * Loaders for YAML reference content (timeline, glossary, sources, site). They validate each entry
 * with its schema and check every cross-reference (source ids, chapter slugs) during content sync,
 * so a bad entry stops the build naming the file and the entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { chapterSlugs, contentDir, readYaml, rel, sourceIds } from './contentIndex';
import { parseOrThrow } from './formatIssues';

interface Refs {
  sources?: string[];
  chapters?: string[];
}

/** Throws if an entry names a source or chapter that does not exist. */
export function checkRefs(file: string, entry: string, refs: Refs, root?: string): void {
  const known = { sources: sourceIds(root), chapters: chapterSlugs(root) };
  for (const kind of ['sources', 'chapters'] as const) {
    (refs[kind] ?? []).forEach((id, i) => {
      if (!known[kind].has(id)) {
        const expected = kind === 'sources' ? 'an id from content/sources.yaml' : `a chapter slug (${[...known.chapters].sort().join(', ')})`;
        throw new Error(`${file} (entry "${entry}"): field "${kind}.${i}": unknown ${kind === 'sources' ? 'source id' : 'chapter'} "${id}"; expected ${expected}`);
      }
    });
  }
}

/** A YAML file holding a list of entries, each with an `id`; `check` reports problems across entries. */
export function yamlListLoader<S extends z.ZodType>(fileName: string, schema: S, opts: { checkRefs: boolean; check?: (entries: z.infer<S>[]) => string[] }): Loader {
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
        const data = parseOrThrow(schema, raw, rel(file), entry) as Refs & { id: string };
        if (seen.has(data.id)) throw new Error(`${rel(file)} (entry "${data.id}"): field "id": duplicate id; expected each id once`);
        seen.add(data.id);
        if (opts.checkRefs) checkRefs(rel(file), data.id, data);
        return data;
      });
      const problems = opts.check?.(parsed as z.infer<S>[]) ?? [];
      if (problems.length) throw new Error(problems.map((p) => `${rel(file)}${p}`).join('\n'));
      for (const raw of list as { id: string }[]) {
        const data = await parseData({ id: raw.id, data: raw as Record<string, unknown> });
        store.set({ id: raw.id, data, digest: generateDigest(data) });
      }
    },
  };
}

/** A folder of YAML files, one entry per file, id from the file name. */
export function yamlDirLoader<S extends z.ZodType>(dirName: string, schema: S): Loader {
  return {
    name: `intermestic-yaml-dir:${dirName}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const dir = path.join(contentDir(), dirName);
      watcher?.add(dir);
      store.clear();
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).sort();
      for (const f of files) {
        const file = path.join(dir, f);
        const id = f.replace(/\.yaml$/, '');
        const data = parseOrThrow(schema, readYaml(file), rel(file), id) as Refs;
        checkRefs(rel(file), id, data);
        const parsed = await parseData({ id, data: readYaml(file) as Record<string, unknown>, filePath: rel(file) });
        store.set({ id, data: parsed, filePath: rel(file), digest: generateDigest(parsed) });
      }
    },
  };
}

/**
 * A YAML mapping of id → entry (the Spanish wording files, keyed by the English ids). With `single`,
 * the whole file is one entry stored under that id.
 */
export function yamlMapLoader<S extends z.ZodType>(fileName: string, schema: S, opts: { single?: string } = {}): Loader {
  return {
    name: `intermestic-yaml-map:${fileName}`,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const file = path.join(contentDir(), fileName);
      watcher?.add(file);
      const raw = readYaml(file);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${rel(file)}: expected a YAML mapping`);
      const entries = opts.single ? [[opts.single, raw] as const] : Object.entries(raw as Record<string, unknown>);
      store.clear();
      for (const [id, value] of entries) {
        parseOrThrow(schema, value, rel(file), id);
        const data = await parseData({ id, data: value as Record<string, unknown> });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
