import type { Pillar, Topic } from '../../schemas/taxonomy';
import { chapterPath, type Chapter, type Section } from './queries';

export interface TaggedSection {
  chapterPath: string;
  chapterTitle: string;
  section: Section;
}

/** Sections, in reading order, that satisfy a tag test. */
export function taggedSections(chapters: Chapter[], test: (s: Section) => boolean): TaggedSection[] {
  return chapters.flatMap((c) => c.data.sections.filter(test).map((section) => ({ chapterPath: chapterPath(c), chapterTitle: c.data.title, section })));
}

export const withTopic = (topic: Topic) => (s: Section) => s.topics.includes(topic);
export const withPillar = (pillar: Pillar) => (s: Section) => s.pillars.includes(pillar);
