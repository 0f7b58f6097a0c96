import { z } from 'astro/zod';
import { slug } from './taxonomy';

/** A marked period on a chart. */
export const annotationSchema = z.strictObject({
  /** Period as written in the CSV ("1994", "2021-09"). */
  at: z.string().min(1),
  label: z.string().min(1),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const chartKind = z.enum(['line', 'bar', 'stacked-bar']);
export type ChartKind = z.infer<typeof chartKind>;

/**
 * The `<Chart>` contract, once: what an author writes in a chapter (checked by the remark plugin at
 * compile time, naming the chapter and line) and what the component receives (parsed again there).
 */
export const chartPropsSchema = z.strictObject({
  /** Figure id; the anchor is `#fig-<id>`. */
  id: slug,
  /** Dataset id under content/data. */
  dataset: slug,
  kind: chartKind,
  /** CSV columns to plot (one column when `groupBy` splits it into series). */
  series: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((s) => (Array.isArray(s) ? s : [s])),
  /** For long-format data: the group column that splits `series` into one series per group. */
  groupBy: z.string().min(1).optional(),
  /** Inclusive period bounds, as written in the CSV. */
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  title: z.string().min(1),
  annotations: z.array(annotationSchema).default([]),
  /** Set by the remark plugin: "2.1", from the chapter's order and the figure's position. */
  number: z
    .string()
    .regex(/^\d+\.\d+$/)
    .optional(),
  /** Set by the remark plugin: the chapter's id (file name), for the figure's files and share page. */
  chapter: z.string().optional(),
  /** Set by the remark plugin: the chapter's title and latest revision date, for the figure citation. */
  chapterTitle: z.string().optional(),
  revised: z.string().optional(),
  /** Set by the embed page: the figure stands alone, so it offers no embed code or citation of its own page. */
  embedded: z.boolean().optional(),
  /** Set by the remark plugin from the chapter file's language. */
  lang: z.enum(['en', 'es']).optional(),
});
export type ChartProps = z.input<typeof chartPropsSchema>;
/** The props once validated (series always a list, annotations defaulted). */
export type ChartSpec = z.output<typeof chartPropsSchema>;
