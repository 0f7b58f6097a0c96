import { z } from 'astro/zod';
import { slug } from './taxonomy';

/** A glossary term (`content/glossary/<id>.yaml`); its first use in a chapter links to it. */
export const glossarySchema = z.strictObject({
  /** The term as displayed. */
  term: z.string().min(1),
  /** Full form, for acronyms. */
  expansion: z.string().min(1).optional(),
  /** Exact, case-sensitive phrases whose first occurrence in a chapter links to this term. */
  match: z.array(z.string().min(2)).min(1),
  /** Plain-language definition. */
  definition: z.string().min(20),
  /** Chapters in which the term matters. */
  chapters: z.array(slug).min(1),
  /** Source ids supporting the definition. */
  sources: z.array(slug).min(1),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
