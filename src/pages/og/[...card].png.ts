import type { APIRoute } from 'astro';
import { getChapters, getSite } from '../../lib/content/queries';
import { sectionSummary } from '../../lib/content/sectionSummary';
import { renderCard } from '../../lib/social/renderCard';
import type { CardText } from '../../lib/social/cardSvg';

/** One 1200x630 card for the site, one per chapter, one per chapter section (for share pages). */
export const getStaticPaths = async () => {
  const site = await getSite();
  const chapters = await getChapters();
  const cards: { params: { card: string }; props: CardText }[] = [{ params: { card: 'site' }, props: { eyebrow: `Policy briefing · as of ${site.vantage}`, title: site.tagline, dek: site.intro } }];
  for (const c of chapters) {
    cards.push({ params: { card: c.id }, props: { eyebrow: `Chapter ${c.data.order}`, title: c.data.title, dek: c.data.dek } });
    for (const s of c.data.sections) {
      cards.push({ params: { card: `${c.id}/${s.id}` }, props: { eyebrow: `${c.data.title.split(':')[0]} · section`, title: s.heading, dek: sectionSummary(c.body ?? '', s.heading) } });
    }
  }
  return cards;
};

export const GET: APIRoute = ({ props }) => new Response(new Uint8Array(renderCard(props as CardText)), { headers: { 'Content-Type': 'image/png' } });
