import type { APIRoute } from 'astro';
import { siteOfflineManifest } from '../lib/offline/siteManifest';
import { serviceWorkerScript } from '../lib/offline/serviceWorkerScript';

/** /sw.js: the service worker for offline reading, with this build's list of what to save. Registered only when a reader saves something. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await serviceWorkerScript(await siteOfflineManifest(site!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
