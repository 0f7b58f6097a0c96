/**
 * Every figure of an edition, read from the chapters' `<Chart>` tags (the same reading remarkCharts
 * does while a chapter renders), with its number and chapter: what the figure endpoints need to
 * draw each figure's SVG and PNG files, its share page and its card.
 */
import { figureFileHref, figureShareHref, type Lang } from '../../i18n/locales';
import type { ChartSpec } from '../../schemas/chart';
import { chartTags } from '../markdown/chartTag';
import { parseMdx } from '../markdown/mdxBody';
import { chapterLang, chapterPath, getChapters, type Chapter } from './queries';

export interface Figure {
  chapter: Chapter;
  /** "3.1": chapter order and position, as on the page. */
  number: string;
  props: ChartSpec;
  /** Where the figure is read: /trade/#fig-us-mexico-trade. */
  href: string;
}

export function figuresOf(chapter: Chapter): Figure[] {
  const where = `${chapterLang(chapter) === 'es' ? 'content/es/chapters' : 'content/chapters'}/${chapter.id}.mdx`;
  return chartTags(parseMdx(chapter.body ?? ''), where).map((tag) => ({
    chapter,
    number: `${chapter.data.order}.${tag.n}`,
    props: tag.props,
    href: `${chapterPath(chapter)}#fig-${tag.props.id}`,
  }));
}

export async function getFigures(lang: Lang): Promise<Figure[]> {
  return (await getChapters(lang)).flatMap(figuresOf);
}

/** The figure's downloadable drawings and its share page. */
export const figureLinks = (f: Figure) => {
  const lang = chapterLang(f.chapter);
  return {
    svg: figureFileHref(lang, f.chapter.id, f.props.id, 'svg'),
    png: figureFileHref(lang, f.chapter.id, f.props.id, 'png'),
    share: figureShareHref(lang, f.chapter.id, f.props.id),
  };
};

