import type { CollectionEntry } from 'astro:content';
import type { Pillar } from '../../schemas/taxonomy';
import type { SectionData } from '../../schemas/chapter';

export const PILLAR_NAMES: Record<Pillar, string> = {
  'building-back-together': 'Building back together',
  'southern-development': 'Sustainable development in southern Mexico and Central America',
  'future-prosperity': 'Securing the tools for future prosperity',
  'investing-in-people': 'Investing in our people',
};

export interface TaggedSection {
  chapterId: string;
  chapterTitle: string;
  section: SectionData;
}

/** Sections, in reading order, that satisfy a tag test. */
export function taggedSections(chapters: CollectionEntry<'chapters'>[], test: (s: SectionData) => boolean): TaggedSection[] {
  return chapters.flatMap((c) => c.data.sections.filter(test).map((section) => ({ chapterId: c.id, chapterTitle: c.data.title, section })));
}
