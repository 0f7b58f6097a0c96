import { z } from 'astro/zod';

/** Site-wide wording that belongs to the content, not the code (`content/site.yaml`). */
export const siteSchema = z.strictObject({
  title: z.string().min(1),
  /** Short line under the site name. */
  tagline: z.string().min(1),
  /** The landing page's two-sentence introduction. */
  intro: z.string().min(40),
  /** The briefing's vantage point in words, e.g. "late 2021". */
  vantage: z.string().min(1),
  /** Credit for the source article, shown in the footer and on the print cover. */
  sourceCredit: z.string().min(1),
  /** Licence of the site's text. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
});
export type SiteData = z.infer<typeof siteSchema>;
