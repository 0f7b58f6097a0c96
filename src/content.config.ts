/**
 * The collections and their loaders: the only code that reads content/. Each loader validates its
 * files (naming file and field, or file and line) and puts what it read in the content index, over
 * which the cross-references are checked once before pages are built (src/integrations/contentChecks.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterEsSchema, chapterSchema } from './schemas/chapter';
import { datasetEntrySchema } from './schemas/dataset';
import { glossarySchema } from './schemas/glossary';
import { siteSchema } from './schemas/site';
import { sourceSchema, uniqueIntermediaries } from './schemas/source';
import { timelineEventSchema } from './schemas/timeline';
import { datasetEsSchema, glossaryEsSchema, siteEsSchema, sourceEsSchema, timelineEsSchema } from './schemas/translations';
import { datasetLoader } from './lib/data/datasetLoader';
import { indexing } from './lib/content/contentIndex';
import { yamlDirLoader, yamlListLoader, yamlMapLoader } from './lib/content/yamlLoaders';

/** Briefing chapters: `content/chapters/<slug>.mdx`, published at `/<slug>/`. Files starting with `_` are drafts. */
const chapters = defineCollection({
  loader: indexing('chapters', glob({ base: './content/chapters', pattern: '[^_]*.mdx' })),
  schema: chapterSchema,
});

/** Every cited work: `content/sources.yaml`. */
const sources = defineCollection({
  loader: yamlListLoader('sources.yaml', sourceSchema, { index: 'sources', check: uniqueIntermediaries }),
  schema: sourceSchema,
});

/** Dated events: `content/timeline.yaml`. */
const timeline = defineCollection({
  loader: yamlListLoader('timeline.yaml', timelineEventSchema, { index: 'timeline' }),
  schema: timelineEventSchema,
});

/** Glossary terms: `content/glossary/<id>.yaml`. */
const glossary = defineCollection({
  loader: yamlDirLoader('glossary', glossarySchema, { index: 'glossary' }),
  schema: glossarySchema,
});

const siteEntrySchema = siteSchema.extend({ id: z.literal('site') });
/** Site-wide wording and the vantage date: `content/site.yaml` (a list with one entry, id `site`). */
const site = defineCollection({
  loader: yamlListLoader('site.yaml', siteEntrySchema),
  schema: siteEntrySchema,
});

/** Official data series: `content/data/<id>.yaml` (metadata) + `<id>.csv` (values), validated cell by cell. */
const datasets = defineCollection({
  loader: datasetLoader(),
  schema: datasetEntrySchema,
});

/*
 * The Spanish edition (`content/es/`). Chapters are whole translations; everything else holds only
 * the words, keyed like its English twin (ids, dates, numbers and references come from the English
 * file), so the two editions cannot disagree on a fact.
 */

/** Spanish chapters: `content/es/chapters/<slug-es>.mdx`, published at `/es/<slug-es>/`. */
const chaptersEs = defineCollection({
  loader: indexing('chaptersEs', glob({ base: './content/es/chapters', pattern: '[^_]*.mdx' })),
  schema: chapterEsSchema,
});

/** Spanish glossary wording: `content/es/glossary/<id>.yaml`, same id as the English term. */
const glossaryEs = defineCollection({ loader: yamlDirLoader('es/glossary', glossaryEsSchema, { index: 'glossaryEs' }), schema: glossaryEsSchema });

/** Spanish timeline wording: `content/es/timeline.yaml`, keyed by event id. */
const timelineEs = defineCollection({ loader: yamlMapLoader('es/timeline.yaml', timelineEsSchema, { index: 'timelineEs' }), schema: timelineEsSchema });

/** Spanish source notes: `content/es/sources.yaml`, keyed by source id. */
const sourcesEs = defineCollection({ loader: yamlMapLoader('es/sources.yaml', sourceEsSchema, { index: 'sourcesEs' }), schema: sourceEsSchema });

/** Spanish site wording: `content/es/site.yaml` (one entry, id `site`). */
const siteEs = defineCollection({ loader: yamlMapLoader('es/site.yaml', siteEsSchema, { single: 'site' }), schema: siteEsSchema });

/** Spanish dataset metadata: `content/es/data/<id>.yaml`; the CSV is the English one. */
const datasetsEs = defineCollection({ loader: yamlDirLoader('es/data', datasetEsSchema, { index: 'datasetsEs' }), schema: datasetEsSchema });

export const collections = { chapters, sources, timeline, glossary, site, datasets, chaptersEs, glossaryEs, timelineEs, sourcesEs, siteEs, datasetsEs };
