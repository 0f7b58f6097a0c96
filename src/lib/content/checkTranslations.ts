/**
 * The two editions must not drift apart silently: every English chapter, glossary term, timeline
 * event, dataset and source note has its Spanish twin and back, and Spanish chapters map every
 * section to its English one. Returns one message per problem, naming the missing or bad file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './contentIndex';

const list = (dir: string, ext: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext) && !f.startsWith('_')).sort() : []);
const readYaml = (file: string): unknown => parseYaml(fs.readFileSync(file, 'utf8'));
const frontmatter = (file: string) => (parseYaml(fs.readFileSync(file, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '') ?? {}) as Record<string, unknown>;

export function checkTranslations(root = process.cwd()): string[] {
  const c = contentDir(root);
  const rel = (p: string) => path.relative(root, p);
  const problems: string[] = [];

  // Chapters: pair by `translationOf`, sections by `key`.
  const enDir = path.join(c, 'chapters');
  const esDir = path.join(c, 'es', 'chapters');
  const en = new Map(list(enDir, '.mdx').map((f) => [f.replace(/\.mdx$/, ''), frontmatter(path.join(enDir, f))]));
  const twins = new Map<string, string>();
  for (const f of list(esDir, '.mdx')) {
    const fm = frontmatter(path.join(esDir, f));
    const of = String(fm.translationOf ?? '');
    const file = rel(path.join(esDir, f));
    if (!en.has(of)) {
      problems.push(`${file}: field "translationOf" is "${of}"; expected the slug of an English chapter (${[...en.keys()].join(', ')})`);
      continue;
    }
    if (twins.has(of)) problems.push(`${file}: translates "${of}", which ${twins.get(of)} already translates`);
    twins.set(of, file);
    const enIds = ((en.get(of)!.sections as { id: string }[]) ?? []).map((s) => s.id);
    const keys = ((fm.sections as { key?: string }[]) ?? []).map((s) => s.key);
    if (enIds.join() !== keys.join()) problems.push(`${file}: field "sections" keys are [${keys.join(', ')}]; expected the English sections of ${rel(path.join(enDir, `${of}.mdx`))} in order: [${enIds.join(', ')}]`);
  }
  for (const slug of en.keys()) if (!twins.has(slug)) problems.push(`${rel(path.join(enDir, `${slug}.mdx`))} has no Spanish translation: expected a file in ${rel(esDir)}/ with translationOf: ${slug}`);

  // One-file-per-entry folders: same file names on both sides.
  for (const [enSub, esSub] of [['glossary', 'es/glossary'], ['data', 'es/data']] as const) {
    const a = list(path.join(c, enSub), '.yaml');
    const b = list(path.join(c, esSub), '.yaml');
    for (const f of a) if (!b.includes(f)) problems.push(`${rel(path.join(c, enSub, f))} has no Spanish twin: expected ${rel(path.join(c, esSub, f))}`);
    for (const f of b) if (!a.includes(f)) problems.push(`${rel(path.join(c, esSub, f))} translates nothing: there is no ${rel(path.join(c, enSub, f))}`);
  }

  // Keyed files: the Spanish mapping has exactly the English ids.
  const keyed: [string, string, (e: Record<string, unknown>) => boolean][] = [
    ['timeline.yaml', 'es/timeline.yaml', () => true],
    ['sources.yaml', 'es/sources.yaml', (e) => typeof e.note === 'string' || (Array.isArray(e.via) && e.via.some((v: { note?: unknown }) => typeof v?.note === 'string'))],
  ];
  for (const [enFile, esFile, needs] of keyed) {
    const esPath = path.join(c, esFile);
    if (!fs.existsSync(esPath)) {
      problems.push(`${rel(path.join(c, enFile))} has no Spanish twin: expected ${rel(esPath)}`);
      continue;
    }
    const ids = ((readYaml(path.join(c, enFile)) as Record<string, unknown>[]) ?? []).filter(needs).map((e) => String(e.id));
    const esIds = Object.keys((readYaml(esPath) as Record<string, unknown>) ?? {});
    for (const id of ids) if (!esIds.includes(id)) problems.push(`${rel(esPath)}: no entry "${id}"; expected one for each entry of ${rel(path.join(c, enFile))}`);
    for (const id of esIds) if (!ids.includes(id)) problems.push(`${rel(esPath)}: entry "${id}" matches nothing in ${rel(path.join(c, enFile))}`);
  }
  if (!fs.existsSync(path.join(c, 'es', 'site.yaml'))) problems.push(`${rel(path.join(c, 'site.yaml'))} has no Spanish twin: expected ${rel(path.join(c, 'es', 'site.yaml'))}`);
  return problems;
}
