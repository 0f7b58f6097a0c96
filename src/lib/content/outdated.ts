/** Latest revision date of a chapter's frontmatter (revisions are kept oldest first). */
export const lastRevised = (data: { revisions: { date: Date }[] }): Date => {
  const last = data.revisions[data.revisions.length - 1];
  if (!last) throw new Error('frontmatter has no revisions; expected at least one');
  return last.date;
};

/** True when the original was revised on a later day than the translation's latest revision. */
export const isOutdated = (translation: { revisions: { date: Date }[] }, original: { revisions: { date: Date }[] }): boolean =>
  lastRevised(original).getTime() > lastRevised(translation).getTime();
