/**
 * getStaticPaths for the routes both editions share. Each language's route file is one line that
 * calls these with its language, so the two editions always have the same pages.
 */
import { base, type Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { figureData } from '../charts/figureData';
import { getFigures } from './figures';
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
          anchor: s.id,
          image: `/og${base(lang)}/${c.id}/${s.id}.png`,
        },
      }));
    }),
  );
  return paths.flat();
}

/** /<chapter>/f/<figure>/: one share page per figure, whose card shows the chart and which forwards to it. */
export async function figureSharePaths(lang: Lang) {
  return Promise.all(
    (await getFigures(lang)).map(async (f) => ({
      params: { chapter: f.chapter.id, figure: f.props.id },
      props: {
        chapterId: f.chapter.id,
        chapterTitle: f.chapter.data.title,
        heading: `${t(lang, 'chart.figure', { n: f.number })}: ${f.props.title}`,
        summary: (await figureData(f.props, lang)).description,
        anchor: `fig-${f.props.id}`,
        image: `/og${base(lang)}/${f.chapter.id}/f/${f.props.id}.png`,
      },
    })),
  );
}

/** /embed/<chapter>/<figure>/ (/es/insertar/…): each figure alone, for other sites to frame. */
export async function embedPaths(lang: Lang) {
  return Promise.all(
    (await getFigures(lang)).map(async (figure) => ({
      params: { chapter: figure.chapter.id, figure: figure.props.id },
      props: { figure, description: (await figureData(figure.props, lang)).description },
    })),
  );
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
