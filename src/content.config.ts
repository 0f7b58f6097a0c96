import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterSchema } from './schemas/chapter';
import { datasetMetaSchema } from './schemas/dataset';
import { glossarySchema } from './schemas/glossary';
import { siteSchema } from './schemas/site';
import { sourceSchema } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline';
import { datasetLoader } from './lib/data/datasetLoader';
import { yamlDirLoader, yamlListLoader } from './lib/content/yamlLoaders';
import { checkTranslations } from './lib/content/checkTranslations';

// The Spanish edition must not drift from the English one: a missing twin stops the build, naming the file.
const translationProblems = checkTranslations();
if (translationProblems.length) throw new Error(`The Spanish edition is out of step with the English one:\n${translationProblems.join('\n')}`);

/** Briefing chapters: `content/chapters/<slug>.mdx`, published at `/<slug>/`. Files starting with `_` are drafts. */
const chapters = defineCollection({
  loader: glob({ base: './content/chapters', pattern: '[^_]*.mdx' }),
  schema: chapterSchema,
});

/** Every cited work: `content/sources.yaml`. */
const sources = defineCollection({
  loader: yamlListLoader('sources.yaml', sourceSchema, { checkRefs: false }),
  schema: sourceSchema,
});

/** Dated events: `content/timeline.yaml`. */
const timeline = defineCollection({
  loader: yamlListLoader('timeline.yaml', timelineEventSchema, { checkRefs: true }),
  schema: timelineEventSchema,
});

/** Glossary terms: `content/glossary/<id>.yaml`. */
const glossary = defineCollection({
  loader: yamlDirLoader('glossary', glossarySchema),
  schema: glossarySchema,
});

/** Site-wide wording: `content/site.yaml` (a list with one entry, id `site`). */
const site = defineCollection({
  loader: yamlListLoader('site.yaml', siteSchema.extend({ id: z.literal('site') }), { checkRefs: false }),
  schema: siteSchema.extend({ id: z.literal('site') }),
});

/** Official data series: `content/data/<id>.yaml` (metadata) + `<id>.csv` (values), validated cell by cell. */
const datasets = defineCollection({
  loader: datasetLoader(),
  schema: z.object({
    id: z.string(),
    meta: datasetMetaSchema,
    rows: z.array(z.record(z.string(), z.union([z.number(), z.string(), z.null()]))),
    sha256: z.string().length(64),
    csvFile: z.string(),
  }),
});

export const collections = { chapters, sources, timeline, glossary, site, datasets };
