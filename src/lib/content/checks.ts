/**
 * The references between collections, checked once over everything the loaders read (the content
 * index) before any page is built: every source, chapter and intermediary a file names exists, and
 * the Spanish edition has a twin for every English file and nothing else. Pure: each problem is one
 * line naming the file, the entry and the field.
 */
import type { ContentIndex, Indexed } from './contentIndex';

const where = (e: Indexed<unknown>, single = false) => (single ? e.file : `${e.file} (entry "${e.id}")`);

/** Source ids and chapter slugs named by timeline events, glossary terms, datasets and chapters. */
export function checkReferences(index: ContentIndex): string[] {
  const problems: string[] = [];
  const sources = new Map(index.sources.map((s) => [s.id, s.data]));
  const chapters = new Set(index.chapters.map((c) => c.id));
  const unknownSource = (at: string, field: string, id: string) => `${at}: field "${field}": unknown source id "${id}"; expected an id from content/sources.yaml`;
  for (const e of [...index.timeline, ...index.glossary]) {
    e.data.sources.forEach((id, i) => {
      if (!sources.has(id)) problems.push(unknownSource(where(e), `sources.${i}`, id));
    });
    e.data.chapters.forEach((id, i) => {
      if (!chapters.has(id)) problems.push(`${where(e)}: field "chapters.${i}": unknown chapter "${id}"; expected a chapter slug (${[...chapters].sort().join(', ')})`);
    });
  }
  for (const c of [...index.chapters, ...index.chaptersEs]) {
    c.data.sources.forEach((id, i) => {
      if (!sources.has(id)) problems.push(unknownSource(c.file, `sources.${i}`, id));
    });
    if (c.data.basis && !sources.has(c.data.basis)) problems.push(unknownSource(c.file, 'basis', c.data.basis));
  }
  for (const d of index.datasets) {
    const { meta } = d.data;
    meta.sources.forEach((id, i) => {
      if (!sources.has(id)) problems.push(unknownSource(d.file, `sources.${i}`, id));
    });
    meta.provenance.forEach((p, i) => {
      const id = p.source ?? meta.sources[0]!;
      if (!meta.sources.includes(id)) problems.push(`${d.file}: field "provenance.${i}.source": "${id}" is not one of this dataset's sources (${meta.sources.join(', ')})`);
      const vias = sources.get(id)?.via.map((v) => v.id) ?? [];
      if (p.via && sources.has(id) && !vias.includes(p.via)) problems.push(`${d.file}: field "provenance.${i}.via": "${p.via}" is not an intermediary of source "${id}"; expected one of its via ids in content/sources.yaml (${vias.join(', ') || 'it has none'})`);
    });
  }
  return problems;
}

/**
 * The Spanish edition mirrors the English one: every chapter has one translation whose sections map
 * to the English sections in order; every glossary term, dataset, timeline event, and source with
 * notes has its Spanish words, and no Spanish file translates nothing.
 */
export function checkTranslations(index: ContentIndex): string[] {
  const problems: string[] = [];
  const en = new Map(index.chapters.map((c) => [c.id, c]));
  const twins = new Map<string, string>();
  for (const es of index.chaptersEs) {
    const of = es.data.translationOf;
    const original = en.get(of);
    if (!original) {
      problems.push(`${es.file}: field "translationOf" is "${of}"; expected the slug of an English chapter (${[...en.keys()].join(', ')})`);
      continue;
    }
    if (twins.has(of)) problems.push(`${es.file}: translates "${of}", which ${twins.get(of)} already translates`);
    twins.set(of, es.file);
    const enIds = original.data.sections.map((s) => s.id);
    const keys = es.data.sections.map((s) => s.key);
    if (enIds.join() !== keys.join()) problems.push(`${es.file}: field "sections" keys are [${keys.join(', ')}]; expected the English sections of ${original.file} in order: [${enIds.join(', ')}]`);
  }
  for (const c of index.chapters) if (!twins.has(c.id)) problems.push(`${c.file} has no Spanish translation: expected a file in content/es/chapters/ with translationOf: ${c.id}`);

  const pairs = [
    [index.glossary, index.glossaryEs, (id: string) => `content/es/glossary/${id}.yaml`],
    [index.datasets, index.datasetsEs, (id: string) => `content/es/data/${id}.yaml`],
  ] as const;
  for (const [english, spanish, twinFile] of pairs) {
    const esIds = new Set(spanish.map((e) => e.id));
    const enIds = new Set(english.map((e) => e.id));
    for (const e of english) if (!esIds.has(e.id)) problems.push(`${e.file} has no Spanish twin: expected ${twinFile(e.id)}`);
    for (const e of spanish) if (!enIds.has(e.id)) problems.push(`${e.file} translates nothing: there is no English twin for "${e.id}"`);
  }

  const keyed = (english: Indexed<unknown>[], spanish: Indexed<unknown>[], esFile: string, enFile: string) => {
    const esIds = new Set(spanish.map((e) => e.id));
    const enIds = new Set(english.map((e) => e.id));
    for (const id of enIds) if (!esIds.has(id)) problems.push(`${esFile}: no entry "${id}"; expected one for each entry of ${enFile}`);
    for (const id of esIds) if (!enIds.has(id)) problems.push(`${esFile}: entry "${id}" matches nothing in ${enFile}`);
  };
  keyed(index.timeline, index.timelineEs, 'content/es/timeline.yaml', 'content/timeline.yaml');
  const worded = index.sources.filter((s) => s.data.note || s.data.via.some((v) => v.note));
  keyed(worded, index.sourcesEs, 'content/es/sources.yaml', 'content/sources.yaml');
  const esSources = new Map(index.sourcesEs.map((s) => [s.id, s.data]));
  for (const s of worded) {
    const es = esSources.get(s.id);
    if (!es) continue;
    if (s.data.note && !es.note) problems.push(`content/es/sources.yaml (entry "${s.id}"): field "note": missing; expected the Spanish of the English note`);
    for (const v of s.data.via) if (v.note && !es.via[v.id]) problems.push(`content/es/sources.yaml (entry "${s.id}"): field "via.${v.id}": missing; expected the Spanish of the note of intermediary "${v.id}"`);
    for (const id of Object.keys(es.via)) if (!s.data.via.some((v) => v.id === id)) problems.push(`content/es/sources.yaml (entry "${s.id}"): field "via.${id}": source "${s.id}" has no intermediary "${id}"`);
  }
  return problems;
}

/** Every cross-collection problem, references first. */
export const checkContent = (index: ContentIndex): string[] => [...checkReferences(index), ...checkTranslations(index)];
