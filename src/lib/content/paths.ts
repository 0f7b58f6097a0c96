/**
 * getStaticPaths for the routes both editions share. Each language's route file is one line that
 * calls these with its language, so the two editions always have the same pages.
 */
import type { Lang } from '../../i18n/locales';
import { PILLAR_SLUGS, TOPIC_SLUGS } from '../../i18n/taxonomy';
import { PILLARS, TOPICS } from '../../schemas/taxonomy';
import { sectionSummary } from './sectionSummary';
import { getChapters, twinOf } from './queries';
import { taggedSections, withPillar, withTopic } from './tags';

/** /<chapter>/ (and /es/<capítulo>/): each chapter with its neighbours and its translation. */
export async function chapterPaths(lang: Lang) {
  const chapters = await getChapters(lang);
  return Promise.all(
    chapters.map(async (chapter, i) => ({
      params: { chapter: chapter.id },
      props: { chapter, prev: chapters[i - 1], next: chapters[i + 1], twin: await twinOf(chapter) },
    })),
  );
}

/** /<chapter>/s/<section>/: one share page per section, paired with the twin section's. */
export async function sharePaths(lang: Lang) {
  const chapters = await getChapters(lang);
  const paths = await Promise.all(
    chapters.map(async (c) => {
      return c.data.sections.map((s) => ({
        params: { chapter: c.id, section: s.id },
        props: {
          chapterId: c.id,
          chapterTitle: c.data.title,
          heading: s.heading,
          summary: sectionSummary(c.body ?? '', s.heading) || c.data.dek,
        },
      }));
    }),
  );
  return paths.flat();
}

/** Topic pages, under each language's slug, for topics that tag at least one section. */
export async function topicPaths(lang: Lang) {
  const chapters = await getChapters(lang);
  return TOPICS.map((topic) => ({ params: { topic: TOPIC_SLUGS[lang][topic] }, props: { topic, matches: taggedSections(chapters, withTopic(topic)) } })).filter((p) => p.props.matches.length > 0);
}

export async function pillarPaths(lang: Lang) {
  const chapters = await getChapters(lang);
  return PILLARS.map((pillar) => ({ params: { pillar: PILLAR_SLUGS[lang][pillar] }, props: { pillar, matches: taggedSections(chapters, withPillar(pillar)) } }));
}
