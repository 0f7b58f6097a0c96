import { z } from 'astro/zod';
import { pillar, slug, topic } from './taxonomy';

/** One h2 section of a chapter: gives it a stable anchor and its own tags. */
export const sectionSchema = z.strictObject({
  /** Anchor id (`/migration/#surge-2021`); keep it when the heading's wording changes. */
  id: slug,
  /** The h2 text exactly as written in the body; the build matches the two. */
  heading: z.string().min(1),
  /** Topics this section covers; listed on each topic page. */
  topics: z.array(topic).min(1),
  /** HLED pillars this section speaks to, if any. */
  pillars: z.array(pillar).default([]),
});

/** A dated change to the chapter, newest last. */
export const revisionSchema = z.strictObject({
  date: z.coerce.date(),
  note: z.string().min(1),
});

/** Frontmatter fields shared by both editions. */
const chapterFields = {
  /** Chapter title; the page's only h1. */
  title: z.string().min(1).max(120),
  /** One- or two-sentence summary used on cards, in link previews and the meta description. */
  dek: z.string().min(20).max(260),
  /** Position in the briefing, from 1. */
  order: z.number().int().positive(),
  /** When an editor last checked the whole chapter. */
  lastReviewed: z.coerce.date(),
  /** Topics of the chapter as a whole. */
  topics: z.array(topic).min(1),
  /** HLED pillars the chapter speaks to, if any. */
  pillars: z.array(pillar).default([]),
  /** Three to five points a reader should retain, shown in a box at the top. */
  takeaways: z.array(z.string().min(10).max(280)).min(3).max(5),
  /**
   * The work the chapter's account rests on (a source id). The chapter says once, under its dek,
   * that views and events come from it unless a note says otherwise, so footnotes are kept for data,
   * other sources and direct quotations.
   */
  basis: slug.optional(),
  /** Ids of every source the chapter cites (its `basis` included); must match the `[@id]` citations. */
  sources: z.array(slug).min(1),
  /** Revision log, oldest first. */
  revisions: z.array(revisionSchema).min(1),
};

function uniqueSectionIds(chapter: { sections: { id: string }[] }, ctx: z.RefinementCtx) {
  const ids = chapter.sections.map((s) => s.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `duplicate section id "${id}"` });
  });
}

/** Frontmatter of an English chapter (`content/chapters/<slug>.mdx`). */
export const chapterSchema = z
  .strictObject({
    ...chapterFields,
    /** One entry per h2 heading, in order. */
    sections: z.array(sectionSchema).min(3),
  })
  .superRefine(uniqueSectionIds);
export type ChapterData = z.infer<typeof chapterSchema>;
export type SectionData = z.infer<typeof sectionSchema>;

/**
 * Frontmatter of a Spanish chapter (`content/es/chapters/<slug>.mdx`): the same fields, plus the
 * English chapter it translates and, per section, the English section it corresponds to, so the
 * language switcher lands on the same section although slugs and anchors differ.
 */
export const chapterEsSchema = z
  .strictObject({
    ...chapterFields,
    /** Slug of the English chapter this one translates. */
    translationOf: slug,
    sections: z.array(sectionSchema.extend({ /** Id of the matching English section. */ key: slug })).min(3),
  })
  .superRefine(uniqueSectionIds);
export type ChapterEsData = z.infer<typeof chapterEsSchema>;
