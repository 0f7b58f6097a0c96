import { z } from 'astro/zod';

/** Spanish side of a glossary term (`content/es/glossary/<id>.yaml`, same id as the English file). */
export const glossaryEsSchema = z.strictObject({
  term: z.string().min(1),
  expansion: z.string().min(1).optional(),
  /** Phrases in Spanish chapters whose first occurrence links to the term. */
  match: z.array(z.string().min(2)).min(1),
  definition: z.string().min(20),
});

/** Spanish wording of a timeline event (`content/es/timeline.yaml`, keyed by the English id). */
export const timelineEsSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(10),
});

/**
 * Spanish words of a source (`content/es/sources.yaml`, keyed by source id): its note and the notes
 * of its intermediaries (`via`, keyed by intermediary id). Titles stay in the original language.
 */
export const sourceEsSchema = z.strictObject({
  note: z.string().min(1).optional(),
  via: z.record(z.string(), z.string().min(1)).default({}),
});

/** Spanish site wording (`content/es/site.yaml`). */
export const siteEsSchema = z.strictObject({
  tagline: z.string().min(1),
  intro: z.string().min(40),
  sourceCredit: z.string().min(1),
});

/** Spanish metadata of a dataset (`content/es/data/<id>.yaml`); the CSV is shared. */
export const datasetEsSchema = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(20),
  unitLabel: z.string().min(1),
  /** Column name → Spanish label (and short label where the English has one). */
  columns: z.record(z.string(), z.strictObject({ label: z.string().min(1), shortLabel: z.string().min(1).max(16).optional() })),
  /** Group column → CSV value → Spanish name (e.g. partner: { Mexico: México }). */
  values: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
  /** One Spanish note per English note, in the same order. */
  notes: z.array(z.string().min(10)).default([]),
  /** Period → Spanish note, one per English flag. */
  flags: z.record(z.string(), z.string().min(10)).default({}),
});
export type DatasetEs = z.infer<typeof datasetEsSchema>;
export type GlossaryEs = z.infer<typeof glossaryEsSchema>;
export type TimelineEs = z.infer<typeof timelineEsSchema>;
export type SourceEs = z.infer<typeof sourceEsSchema>;
export type SiteEs = z.infer<typeof siteEsSchema>;
