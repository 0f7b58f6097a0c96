/**
 * The figure endpoints: for each figure of an edition, its self-contained SVG and its 2x PNG, drawn
 * at build from the same data as the page (figureData) with the title, source and snapshot written
 * into the image. Each language's route file is one line calling these.
 */
import type { APIRoute } from 'astro';
import type { Lang } from '../../i18n/locales';
import { getFigures, type Figure } from '../content/figures';
import { chapterLang } from '../content/queries';
import { renderPng } from '../social/renderCard';
import { figureData, figureText } from './figureData';
import { figureSvg } from './figureSvg';

export async function figureFilePaths(lang: Lang) {
  return (await getFigures(lang)).map((figure) => ({ params: { chapter: figure.chapter.id, figure: figure.props.id }, props: { figure } }));
}

/** The figure as one SVG file; `site` gives the address written under it. */
export async function figureSvgFile(f: Figure, site: URL): Promise<string> {
  const lang = chapterLang(f.chapter);
  const data = await figureData(f.props, lang);
  const link = new URL(f.href, site);
  return figureSvg(data.wide, figureText(f.props, data, lang, f.number, `${link.host}${link.pathname}${link.hash}`));
}

/** PNG at twice the SVG's size, for slides and documents. */
export const PNG_SCALE = 2;

export const svgRoute: APIRoute = async ({ props, site }) =>
  new Response(await figureSvgFile((props as { figure: Figure }).figure, site!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });

export const pngRoute: APIRoute = async ({ props, site }) => {
  const svg = await figureSvgFile((props as { figure: Figure }).figure, site!);
  const width = Number(svg.match(/width="(\d+)"/)![1]) * PNG_SCALE;
  return new Response(new Uint8Array(await renderPng(svg, width)), { headers: { 'Content-Type': 'image/png' } });
};
