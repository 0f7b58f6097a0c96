import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Serves each dataset's CSV byte for byte, so the download hashes to the snapshot shown in captions. */
export const getStaticPaths = (async () =>
  (await getCollection('datasets')).map((d) => ({ params: { id: d.id }, props: { csv: d.data.csv } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
