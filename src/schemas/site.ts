import { z } from 'astro/zod';

/** Site-wide wording that belongs to the content, not the code (`content/site.yaml`). */
export const siteSchema = z.strictObject({
  title: z.string().min(1),
  /** Short line under the site name. */
  tagline: z.string().min(1),
  /** The landing page's two-sentence introduction. */
  intro: z.string().min(40),
  /**
   * The briefing's vantage date (YYYY-MM-DD), the one date every page speaks from: the main text
   * states only what had been published by this day; anything published later sits in a
   * <LaterContext> block or says when it was published. Charts and tables mark values first
   * published after it. Written out in each language from this date, never restated in words.
   */
  vantage: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD'),
  /** Credit for the source article, shown in the footer and on the print cover. */
  sourceCredit: z.string().min(1),
  /** Licence of the site's text. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
});
export type SiteData = z.infer<typeof siteSchema>;
