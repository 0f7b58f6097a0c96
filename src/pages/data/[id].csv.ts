import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { contentDir } from '../../lib/content/contentIndex';

/** Serves each dataset's CSV byte for byte, so the download hashes to the snapshot shown in captions. */
export const getStaticPaths = (async () => (await getCollection('datasets')).map((d) => ({ params: { id: d.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(fs.readFileSync(path.join(contentDir(), 'data', `${params.id}.csv`)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
