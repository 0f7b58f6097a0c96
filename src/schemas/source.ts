import { z } from 'astro/zod';
import { partialDate, slug } from './taxonomy';

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Where values of a source were actually read, when not from the publisher's own copy: a press
 * report that quotes the figures, or an unmodified copy of the agency's file kept elsewhere. A value
 * read this way is cited "as reported by …" or "read from a copy at …", never as if read from the
 * agency itself. Datasets name the intermediary of each row in `provenance[].via`.
 */
export const intermediarySchema = z.strictObject({
  /** Stable id, unique across all sources, used by datasets (`via`) and citations (`[@source via id]`). */
  id: slug,
  /** `press`: a report quoting the figures; `mirror`: an unmodified copy of the file or page kept by someone else. */
  kind: z.enum(['press', 'mirror']),
  /** Who published the report or keeps the copy (a newspaper; a GitHub repository's owner/name). */
  publisher: z.string().min(1),
  /** Title of the report or path of the copied file, as published. */
  title: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)).optional(),
  /** Date of the report, or of the copy's commit, as precisely as known. */
  date: partialDate.optional(),
  url: httpUrl.optional(),
  /** What was read there, or what is not known about it. */
  note: z.string().min(1).optional(),
});
export type Intermediary = z.infer<typeof intermediarySchema>;

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
  /** The authors' positions as the work itself states them (shown on the sources page). */
  affiliations: z.array(z.string().min(1)).optional(),
  /** Publishing organisation; omitted only when it is not known (say so in `note`). */
  publisher: z.string().min(1).optional(),
  /** Publication date, only as precise as known; omitted when the work is undated. */
  date: partialDate.optional(),
  /** Where a reader can find this specific document; omitted when there is no public address. */
  url: httpUrl.optional(),
  /** What sort of work it is. */
  kind: z.enum(['article', 'report', 'dataset', 'law', 'statement', 'book']),
  /** Anything a reader needs to judge or find the work. */
  note: z.string().min(1).optional(),
  /** Where its values were read, when not from the publisher's own copy (press reports, mirrors). */
  via: z.array(intermediarySchema).default([]),
});
export type Source = z.infer<typeof sourceSchema>;

/** Intermediary ids are unique across every source and never reuse a source id, so `via` is unambiguous. */
export function uniqueIntermediaries(sources: Source[]): string[] {
  const sourceIds = new Set(sources.map((s) => s.id));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const s of sources) {
    s.via.forEach((v, i) => {
      const where = ` (entry "${s.id}"): field "via.${i}.id"`;
      if (sourceIds.has(v.id)) problems.push(`${where}: "${v.id}" is also a source id; expected a distinct id`);
      else if (seen.has(v.id)) problems.push(`${where}: "${v.id}" is already an intermediary of "${seen.get(v.id)}"; expected each id once`);
      seen.set(v.id, s.id);
    });
  }
  return problems;
}
