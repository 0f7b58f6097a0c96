import type { APIRoute } from 'astro';
import { base, LANGS, type Lang } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { getChapters, getSite } from '../../lib/content/queries';
import { sectionSummary } from '../../lib/content/sectionSummary';
import { renderPng } from '../../lib/social/renderCard';
import { formatPartialDate } from '../../lib/format/dates';
import { cardSvg, type CardText } from '../../lib/social/cardSvg';
import { figureCardSvg } from '../../lib/social/figureCardSvg';
import { figuresOf, getFigures, type Figure } from '../../lib/content/figures';
import { sectionOpeningFigure } from '../../lib/markdown/mdxBody';
import { figureData } from '../../lib/charts/figureData';
import { getSourcesById } from '../../lib/content/queries';

/**
 * 1200x630 cards for each edition: the site, each chapter, each chapter section and each figure (for
 * share pages; a figure's card shows the chart). English cards sit at /og/<name>.png, Spanish ones
 * at /og/es/<name>.png.
 */
export const getStaticPaths = async () => {
  const cards: { params: { card: string }; props: { svg: string } }[] = [];
  const text = (props: CardText) => ({ svg: cardSvg(props) });
  for (const lang of LANGS) {
    const dir = base(lang).slice(1);
    const name = (n: string) => (dir ? `${dir}/${n}` : n);
    const site = await getSite(lang);
    cards.push({
      params: { card: name('site') },
      props: text({
        eyebrow: t(lang, 'home.eyebrow', { vantage: formatPartialDate(site.vantage, lang) }),
        title: site.tagline,
        dek: site.intro,
        tagline: site.tagline,
      }),
    });
    for (const c of await getChapters(lang)) {
      cards.push({
        params: { card: name(c.id) },
        props: text({ eyebrow: t(lang, 'chapter.n', { n: c.data.order }), title: c.data.title, dek: c.data.dek, tagline: site.tagline }),
      });
      for (const s of c.data.sections) {
        const eyebrow = t(lang, 'card.section', { chapter: c.data.title.split(':')[0]! });
        // A section that opens with a figure shows that figure on its card.
        const opening = sectionOpeningFigure(c.body ?? '', s.heading);
        const figure = opening ? figuresOf(c).find((f) => f.props.id === opening) : undefined;
        cards.push({
          params: { card: name(`${c.id}/${s.id}`) },
          props: figure
            ? {
                svg: figureCardSvg((await figureData(figure.props, lang)).wide, {
                  eyebrow,
                  title: s.heading,
                  source: await figureSource(figure, lang),
                  tagline: site.tagline,
                }),
              }
            : text({ eyebrow, title: s.heading, dek: sectionSummary(c.body ?? '', s.heading), tagline: site.tagline }),
        });
      }
    }
    for (const f of await getFigures(lang)) {
      cards.push({
        params: { card: name(`${f.chapter.id}/f/${f.props.id}`) },
        props: {
          svg: figureCardSvg((await figureData(f.props, lang)).wide, {
            eyebrow: t(lang, 'chart.figure', { n: f.number }),
            title: f.props.title,
            source: await figureSource(f, lang),
            tagline: site.tagline,
          }),
        },
      });
    }
  }
  return cards;
};

/** "Source: U.S. Census Bureau; …": the publishers of what a figure plots, for its card. */
async function figureSource(f: Figure, lang: Lang): Promise<string> {
  const sources = await getSourcesById(lang);
  const publishers = [...new Set((await figureData(f.props, lang)).cited.map((c) => sources.get(c.id)!.publisher ?? sources.get(c.id)!.authors.join('; ')))];
  return `${t(lang, 'chart.source')} ${publishers.join('; ')}`;
}

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPng((props as { svg: string }).svg, 1200)), { headers: { 'Content-Type': 'image/png' } });
