import type { APIRoute } from 'astro';
import { base, LANGS } from '../../i18n/locales';
import { t } from '../../i18n/ui';
import { getChapters, getSite } from '../../lib/content/queries';
import { sectionSummary } from '../../lib/content/sectionSummary';
import { renderCard } from '../../lib/social/renderCard';
import { formatPartialDate } from '../../lib/format/dates';
import type { CardText } from '../../lib/social/cardSvg';

/**
 * 1200x630 cards for each edition: the site, each chapter, each chapter section (for share pages).
 * English cards sit at /og/<name>.png, Spanish ones at /og/es/<name>.png.
 */
export const getStaticPaths = async () => {
  const cards: { params: { card: string }; props: CardText }[] = [];
  for (const lang of LANGS) {
    const dir = base(lang).slice(1);
    const name = (n: string) => (dir ? `${dir}/${n}` : n);
    const site = await getSite(lang);
    cards.push({
      params: { card: name('site') },
      props: {
        eyebrow: t(lang, 'home.eyebrow', { vantage: formatPartialDate(site.vantage, lang) }),
        title: site.tagline,
        dek: site.intro,
        tagline: site.tagline,
      },
    });
    for (const c of await getChapters(lang)) {
      cards.push({
        params: { card: name(c.id) },
        props: { eyebrow: t(lang, 'chapter.n', { n: c.data.order }), title: c.data.title, dek: c.data.dek, tagline: site.tagline },
      });
      for (const s of c.data.sections) {
        cards.push({
          params: { card: name(`${c.id}/${s.id}`) },
          props: {
            eyebrow: t(lang, 'card.section', { chapter: c.data.title.split(':')[0]! }),
            title: s.heading,
            dek: sectionSummary(c.body ?? '', s.heading),
            tagline: site.tagline,
          },
        });
      }
    }
  }
  return cards;
};

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(renderCard(props as CardText)), { headers: { 'Content-Type': 'image/png' } });
