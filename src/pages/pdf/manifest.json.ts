import type { APIRoute } from 'astro';
import { pdfManifest } from '../../lib/print/pdfDocuments';

/** /pdf/manifest.json: what `npm run build:pdf` prints, and whether this build promised PDFs at all. */
export const GET: APIRoute = ({ site }) => new Response(JSON.stringify(pdfManifest(site!), null, 2), { headers: { 'Content-Type': 'application/json' } });
