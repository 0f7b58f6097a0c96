import { z } from 'astro/zod';

/** Subject tags for chapters, sections, timeline events and glossary terms. One page per topic. */
export const TOPICS = [
  'migration',
  'border',
  'trade',
  'investment',
  'labor',
  'energy',
  'environment',
  'security',
  'health',
  'diplomacy',
  'development',
  'technology',
] as const;

/** The four pillars of the High Level Economic Dialogue (September 2021). One page per pillar. */
export const PILLARS = ['building-back-together', 'southern-development', 'future-prosperity', 'investing-in-people'] as const;

export const topic = z.enum(TOPICS);
export const pillar = z.enum(PILLARS);
export type Topic = z.infer<typeof topic>;
export type Pillar = z.infer<typeof pillar>;

/** Chapter slugs are file names under content/chapters; they double as URL paths. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/**
 * A date only as precise as its source: "2021", "2021-09" or "2021-10-08".
 * Kept as a string so that a month is never shown as a made-up day.
 */
export const partialDate = z.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
