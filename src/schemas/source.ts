import { z } from 'astro/zod';
import { partialDate, slug } from './taxonomy';

/** A work the briefing cites. Chapters cite it as `[@id]` in a footnote. */
export const sourceSchema = z.strictObject({
  /** Stable id used in citations, e.g. `wayne-2021`. */
  id: slug,
  /** Main title as the work gives it. */
  title: z.string().min(1),
  /** The part of the title after a colon, if any; shown as "Title: Subtitle". */
  subtitle: z.string().min(1).optional(),
  /** People or organisations responsible for the work, in the order the work lists them. */
  authors: z.array(z.string().min(1)).min(1),
  /** Publishing organisation; omitted only when the copy used names none (say so in `note`). */
  publisher: z.string().min(1).optional(),
  /** Publication date, only as precise as known; omitted when the work is undated. */
  date: partialDate.optional(),
  /** Where a reader can find the work; omitted when there is no public address. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What sort of work it is. */
  kind: z.enum(['article', 'report', 'dataset', 'law', 'statement', 'book']),
  /** Anything a reader needs to judge or find the work. */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;
