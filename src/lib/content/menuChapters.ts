/**
 * Which chapters the header's contents menu lists. Every page carries the menu, so a menu of every
 * chapter makes each page grow with the briefing (at 1,000 chapters, ~100 KB of links on every
 * page, and a build whose cost grows with the square of its size). Up to MENU_LIMIT chapters the
 * menu lists them all (today's briefing has ten); beyond, it lists the first ones and the chapter
 * being read, and the header adds a link to the full list on the home page.
 */
export const MENU_LIMIT = 12;

export function menuChapters<T>(chapters: T[], isCurrent: (c: T) => boolean, limit = MENU_LIMIT): { shown: T[]; all: boolean } {
  if (chapters.length <= limit) return { shown: chapters, all: true };
  return { shown: chapters.filter((c, i) => i < limit - 1 || isCurrent(c)), all: false };
}
