import { z } from 'astro/zod';
import { partialDate, slug } from './taxonomy';

/** One dated event in `content/timeline.yaml`. */
export const timelineEventSchema = z.strictObject({
  /** Anchor on /timeline/ (`#nafta-in-force`). */
  id: slug,
  /** Only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  title: z.string().min(1),
  description: z.string().min(10),
  /** Chapters that show this event. */
  chapters: z.array(slug).min(1),
  /** Source ids for the event. */
  sources: z.array(slug).min(1),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
