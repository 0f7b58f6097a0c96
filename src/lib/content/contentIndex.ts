/**
 * What the content loaders read, kept for the reference checks and the Markdown plugins that run
 * after them in the same build. The loaders (src/content.config.ts) are the only readers of
 * content/: each puts its collection here as it loads it, and nothing else opens a content file.
 * The index lives on globalThis because Astro loads content.config.ts (the loaders) and
 * astro.config.mjs (the plugins and integrations) as separate module instances of this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import type { ChapterData, ChapterEsData } from '../../schemas/chapter';
import type { LoadedDataset } from '../../schemas/dataset';
import type { GlossaryData } from '../../schemas/glossary';
import type { Source } from '../../schemas/source';
import type { TimelineEvent } from '../../schemas/timeline';
import type { DatasetEs, GlossaryEs, SourceEs, TimelineEs } from '../../schemas/translations';

export const contentDir = (root = process.cwd()) => path.join(root, 'content');

/** Path relative to the project root, for error messages a maintainer can open. */
export const rel = (file: string, root = process.cwd()) => path.relative(root, file) || file;

/** Reads a YAML file for a loader; a syntax error names the file, line and column. */
export function readYaml(file: string): unknown {
  try {
    return parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${rel(file)}: not valid YAML: ${(err as Error).message}`, { cause: err });
  }
}

/** One loaded entry: its id, the file it came from (relative to the project), its validated data. */
export interface Indexed<T> {
  id: string;
  file: string;
  data: T;
}

/** The collections the index holds, by name, with the shape of their data. */
export interface IndexTypes {
  chapters: ChapterData;
  chaptersEs: ChapterEsData;
  sources: Source;
  sourcesEs: SourceEs;
  glossary: GlossaryData;
  glossaryEs: GlossaryEs;
  timeline: TimelineEvent;
  timelineEs: TimelineEs;
  datasets: LoadedDataset;
  datasetsEs: DatasetEs;
}
export type IndexName = keyof IndexTypes;
export type ContentIndex = { [N in IndexName]: Indexed<IndexTypes[N]>[] };

const KEY = Symbol.for('intermestic.content-index');
const holder = globalThis as typeof globalThis & { [KEY]?: Partial<ContentIndex> };
const store = (holder[KEY] ??= {});

/** Called by a loader once it has loaded its collection. */
export function indexCollection<N extends IndexName>(name: N, entries: Indexed<IndexTypes[N]>[]): void {
  (store as Record<string, unknown>)[name] = entries;
}

/** A loaded collection; throws if its loader has not run in this process. */
export function indexed<N extends IndexName>(name: N): Indexed<IndexTypes[N]>[] {
  const entries = store[name];
  if (!entries) throw new Error(`content index: collection "${name}" has not been loaded in this process; the content loaders fill it during astro sync or build`);
  return entries as Indexed<IndexTypes[N]>[];
}

/** The whole index, once every collection is loaded (for the reference checks). */
export function contentIndex(): ContentIndex {
  const names: IndexName[] = ['chapters', 'chaptersEs', 'sources', 'sourcesEs', 'glossary', 'glossaryEs', 'timeline', 'timelineEs', 'datasets', 'datasetsEs'];
  return Object.fromEntries(names.map((n) => [n, indexed(n)])) as ContentIndex;
}

/** Wraps a loader (Astro's glob loader, say) so that what it stores is also indexed under `name`. */
export function indexing<N extends IndexName>(name: N, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      await loader.load(context);
      indexCollection(
        name,
        [...context.store.entries()].map(([id, entry]) => ({ id, file: entry.filePath ?? `${context.collection}/${id}`, data: entry.data as IndexTypes[N] })),
      );
    },
  };
}
