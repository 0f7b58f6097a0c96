import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/queries';
import { pdfManifest } from '../../lib/print/pdfDocuments';

/** /pdf/manifest.json: what `npm run build:pdf` prints, on which paper, with which document properties, and whether this build promised PDFs at all. */
export const GET: APIRoute = async ({ site }) => {
  const sites = { en: await getSite('en'), es: await getSite('es') };
  return new Response(JSON.stringify(pdfManifest(site!, sites), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
