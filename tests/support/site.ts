/** What the e2e tests know about the built site: its pages (from dist/) and its content. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { htmlFiles } from '../../src/lib/links/checkLinks';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');

/** Every built HTML page as a URL path ("/", "/migration/", "/404.html"). */
export function builtPages(): string[] {
  if (!fs.existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  return htmlFiles(DIST)
    .map(([url]) => url)
    .sort();
}

export interface ChapterInfo {
  slug: string;
  title: string;
  order: number;
  takeaways: string[];
  sections: { id: string; heading: string; key?: string }[];
  translationOf?: string;
  sources: string[];
  body: string;
}

/** Chapters of an edition, in order; Spanish ones carry `translationOf` and a `key` per section. */
export function chapters(lang: 'en' | 'es' = 'en'): ChapterInfo[] {
  const dir = path.join(ROOT, lang === 'es' ? 'content/es/chapters' : 'content/chapters');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const [, fm, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      return { slug: f.replace('.mdx', ''), body: body!, ...(parseYaml(fm!) as Omit<ChapterInfo, 'slug' | 'body'>) };
    })
    .sort((a, b) => a.order - b.order);
}

/** Chart tags in a chapter body, with the attributes the tests need. */
export function chartsIn(body: string): { id: string; dataset: string; kind: string; series: string[]; groupBy?: string }[] {
  return [...body.matchAll(/<Chart\s[\s\S]*?\/>/g)].map(([tag]) => {
    const attr = (name: string) => tag.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1];
    const series = [...(tag.match(/series=\{\[([^\]]*)\]\}/)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return { id: attr('id')!, dataset: attr('dataset')!, kind: attr('kind')!, series, groupBy: attr('groupBy') };
  });
}
