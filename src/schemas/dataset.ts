import { z } from 'astro/zod';
import { partialDate, slug } from './taxonomy';

/** How a CSV cell is read. `month` is a calendar month written YYYY-MM. */
export const columnType = z.enum(['integer', 'number', 'string', 'month']);

export const columnSchema = z.strictObject({
  /** Header name in the CSV, exactly. */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a snake_case CSV header'),
  type: columnType,
  /** Reader-facing name, used in legends, tables and tooltips. */
  label: z.string().min(1).optional(),
  /** A word or two for labels written beside a line, where space is short. */
  shortLabel: z.string().min(1).max(16).optional(),
  /** Empty cells allowed (a value that could not be found stays empty, never filled in). */
  optional: z.boolean().default(false),
  /** Negative values are an error. */
  nonNegative: z.boolean().default(false),
  /** Every value in this column carries this status (e.g. preliminary counts). */
  qualifier: z.enum(['preliminary', 'provisional', 'revised']).optional(),
});

/**
 * Why a row's values need care. `revised`: a later vintage replaced the figure; `measure-change`: from
 * this period the series counts something different, so it is not comparable with earlier periods;
 * `lower-bound`: the source gives only a rounded minimum ("over 27,000"). Whether a value was read in
 * the press is not a flag: it follows from `provenance[].via`.
 */
export const FLAG_KINDS = ['preliminary', 'provisional', 'revised', 'measure-change', 'lower-bound'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** A row (by period) whose values a reader should treat with care. */
export const flagSchema = z.strictObject({
  /** The period value as written in the CSV (e.g. "2024", "2021-09"). */
  period: z.string().min(1),
  kind: z.enum(FLAG_KINDS),
  /** Why, in a sentence a reader understands. */
  note: z.string().min(10),
});

/**
 * When and where a block of values was published and read. Every value cell (each period of each
 * numeric column) is covered by exactly one entry, so the build can tell which values were published
 * after the briefing's vantage date and which were read in a press report rather than from the agency.
 */
export const provenanceSchema = z.strictObject({
  /** First and last period covered, as written in the CSV, inclusive; omit for "from the start" / "to the end". */
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  /** Columns covered; omit for every column. */
  columns: z.array(z.string().min(1)).min(1).optional(),
  /** In a long-format file, the values of the group column covered (e.g. partner: Mexico); omit for all. */
  groups: z.array(z.string().min(1)).min(1).optional(),
  /** The source (one of the dataset's `sources`) whose edition holds these values; default: the first. */
  source: slug.optional(),
  /**
   * The date by which the figure for these periods had first been published, in any edition, as
   * precisely as the record shows (an upper bound: the release, or the earliest report that quotes
   * it). A date that may fall after the vantage ("2021", "2021-10") counts as after it: only a figure
   * shown to be out by the vantage date is treated as known then. A later edition's revised value
   * keeps its period's first date; its own edition is the `source`.
   */
  publishedBy: partialDate,
  /** Intermediary (an id from the source's `via`) the values were read from, if not the agency's own copy. */
  via: slug.optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Metadata of one dataset: `content/data/<id>.yaml`, describing `content/data/<id>.csv`. */
export const datasetMetaSchema = z
  .strictObject({
    title: z.string().min(1),
    /** What is counted, and how. */
    description: z.string().min(20),
    /** Source ids (content/sources.yaml), the primary publication first. */
    sources: z.array(slug).min(1),
    /** Where the official series is published. */
    sourceUrl: z.url({ protocol: /^https?$/ }),
    /** Which column is the period and what kind of period it is. */
    period: z.strictObject({
      column: z.string().min(1),
      kind: z.enum(['calendar-year', 'fiscal-year', 'month']),
    }),
    /** For long-format files (one row per period and group), the column naming the group. */
    groupColumn: z.string().min(1).optional(),
    unit: z.strictObject({
      kind: z.enum(['usd-millions', 'count', 'pounds']),
      /** Unit as a reader should see it, e.g. "events (not unique people)". */
      label: z.string().min(1),
    }),
    columns: z.array(columnSchema).min(2),
    /** Reader-facing names for the values of a group column where they differ from the CSV text. */
    valueLabels: z.record(z.string(), z.record(z.string(), z.string().min(1))).default({}),
    flags: z.array(flagSchema).default([]),
    provenance: z.array(provenanceSchema).min(1),
    notes: z.array(z.string().min(10)).default([]),
    /** Date of the latest data release used (YYYY, YYYY-MM or YYYY-MM-DD). */
    asOf: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  })
  .superRefine((meta, ctx) => {
    const names = meta.columns.map((c) => c.name);
    if (!names.includes(meta.period.column)) {
      ctx.addIssue({ code: 'custom', path: ['period', 'column'], message: `"${meta.period.column}" is not one of the columns (${names.join(', ')})` });
    }
    if (meta.groupColumn && !names.includes(meta.groupColumn)) {
      ctx.addIssue({ code: 'custom', path: ['groupColumn'], message: `"${meta.groupColumn}" is not one of the columns (${names.join(', ')})` });
    }
  });
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type ColumnSpec = z.infer<typeof columnSchema>;

/** A CSV row as validated by the loader: numbers, strings, or null for an empty cell. */
export const rowSchema = z.record(z.string(), z.union([z.number(), z.string(), z.null()]));

/**
 * A loaded dataset, as the loader stores it and pages read it: its metadata, its validated rows,
 * the CSV text itself (served byte for byte as the download) and that text's sha256.
 */
export const datasetEntrySchema = z.strictObject({
  id: z.string(),
  meta: datasetMetaSchema,
  rows: z.array(rowSchema),
  /** sha256 of the CSV bytes, so a printed chart can be matched to its data. */
  sha256: z.string().length(64),
  /** File name of the CSV under content/data. */
  csvFile: z.string(),
  /** The CSV exactly as published. */
  csv: z.string(),
});
export type LoadedDataset = z.infer<typeof datasetEntrySchema>;
