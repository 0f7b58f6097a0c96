/** Latest revision date of a chapter's frontmatter (revisions are kept oldest first). */
export const lastRevised = (data: { revisions: { date: Date }[] }): Date => data.revisions[data.revisions.length - 1].date;

/** True when the original was revised on a later day than the translation's latest revision. */
export const isOutdated = (translation: { revisions: { date: Date }[] }, original: { revisions: { date: Date }[] }): boolean =>
  lastRevised(original).getTime() > lastRevised(translation).getTime();
