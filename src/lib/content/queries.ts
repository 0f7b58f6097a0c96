/**
 * Collection queries shared by pages, per edition. Each is memoised so that a page rendering the
 * navigation does not re-sort the whole collection (the per-page cost that slows large Astro builds).
 * The Spanish files hold only words; facts (dates, references, numbers) come from the English entry,
 * so these functions merge the two.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { chapterHref, type Lang } from '../../i18n/locales';
import { localizeDatasetMeta } from '../data/localizeDataset';
import { lastRevised } from './outdated';

export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chaptersEs'>;
export type Section = Chapter['data']['sections'][number];
type Source = CollectionEntry<'sources'>['data'];

const memo = <T>(fn: (lang: Lang) => Promise<T>) => {
  const cache = new Map<Lang, Promise<T>>();
  return (lang: Lang = 'en'): Promise<T> => {
    if (!cache.has(lang)) cache.set(lang, fn(lang));
    return cache.get(lang)!;
  };
};

/** Chapters of one edition in reading order. */
export const getChapters = memo<Chapter[]>(async (lang) => {
  const list: Chapter[] = lang === 'es' ? await getCollection('chaptersEs') : await getCollection('chapters');
  return list.sort((a, b) => a.data.order - b.data.order);
});

export const chapterLang = (c: Chapter): Lang => (c.collection === 'chaptersEs' ? 'es' : 'en');
/** The English slug: the key pairing a chapter with its translation. */
export const chapterKey = (c: Chapter): string => ('translationOf' in c.data ? c.data.translationOf : c.id);
/** The English id of a section: the key pairing it with its translation. */
export const sectionKey = (s: Section): string => ('key' in s ? s.key : s.id);
export const chapterPath = (c: Chapter): string => chapterHref(chapterLang(c), c.id);
export const latestRevision = (c: Chapter): Date => lastRevised(c.data);

/** The same chapter in the other edition (the translation check guarantees there is one). */
export async function twinOf(c: Chapter): Promise<Chapter> {
  const other: Lang = chapterLang(c) === 'en' ? 'es' : 'en';
  const twin = (await getChapters(other)).find((t) => chapterKey(t) === chapterKey(c));
  if (!twin) throw new Error(`No ${other === 'es' ? 'Spanish' : 'English'} twin for chapter "${c.id}"`);
  return twin;
}

/** Anchors that every chapter has, named in each language. */
export const FIXED_IDS = {
  takeaways: { en: 'takeaways', es: 'puntos-clave' },
  keyDates: { en: 'key-dates', es: 'fechas-clave' },
  cite: { en: 'cite-this', es: 'como-citar' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Section (and fixed) anchor of `from` → the matching anchor of `to`, for the language switch. */
export function anchorMap(from: Chapter, to: Chapter): Record<string, string> {
  const fromLang = chapterLang(from);
  const toLang = chapterLang(to);
  const map: Record<string, string> = {};
  for (const ids of Object.values(FIXED_IDS)) map[ids[fromLang]] = ids[toLang];
  for (const s of from.data.sections) {
    const match = to.data.sections.find((t) => sectionKey(t) === sectionKey(s));
    if (match) map[s.id] = match.id;
  }
  return map;
}

/** Sources with their notes (and their intermediaries' notes) in `lang`; the content checks ensure every note has its Spanish. */
export const getSourcesById = memo<Map<string, Source>>(async (lang) => {
  const sources = await getCollection('sources');
  if (lang === 'en') return new Map(sources.map((s) => [s.id, s.data]));
  const words = new Map((await getCollection('sourcesEs')).map((n) => [n.id, n.data]));
  return new Map(
    sources.map((s) => {
      const es = words.get(s.id);
      const via = s.data.via.map((v) => (v.note && es?.via[v.id] ? { ...v, note: es.via[v.id]! } : v));
      return [s.id, { ...s.data, ...(es?.note ? { note: es.note } : {}), via }];
    }),
  );
});

export const getSite = memo(async (lang) => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml: expected one entry with id "site"');
  if (lang === 'en') return entry.data;
  const es = await getEntry('siteEs', 'site');
  if (!es) throw new Error('content/es/site.yaml: missing');
  return { ...entry.data, ...es.data };
});

/** Timeline events sorted by date; a year-only date sorts before the months of that year. */
export const getTimeline = memo(async (lang) => {
  const events = (await getCollection('timeline')).map((e) => e.data);
  const words = lang === 'es' ? new Map((await getCollection('timelineEs')).map((e) => [e.id, e.data])) : undefined;
  return events.map((e) => ({ ...e, ...words?.get(e.id) })).sort((a, b) => a.date.localeCompare(b.date));
});

export interface GlossaryTerm {
  id: string;
  term: string;
  expansion?: string;
  definition: string;
  chapters: string[];
  sources: string[];
  /** The same term in the other language, with its own definition. */
  other: { term: string; expansion?: string; definition: string };
}

/** Glossary terms in `lang`, each with its twin in the other language, sorted for that language. */
export const getGlossary = memo<GlossaryTerm[]>(async (lang) => {
  const en = await getCollection('glossary');
  const es = new Map((await getCollection('glossaryEs')).map((e) => [e.id, e.data]));
  const words = (w: { term: string; expansion?: string; definition: string }) => ({ term: w.term, expansion: w.expansion, definition: w.definition });
  return en
    .map(({ id, data }) => {
      const spanish = es.get(id)!;
      const [mine, other] = lang === 'es' ? [words(spanish), words(data)] : [words(data), words(spanish)];
      return { id, ...mine, chapters: data.chapters, sources: data.sources, other };
    })
    .sort((a, b) => a.term.localeCompare(b.term, lang));
});

/** A dataset with its metadata in `lang` (the CSV rows are the same in both editions). */
export async function getDataset(id: string, lang: Lang = 'en') {
  const entry = await getEntry('datasets', id);
  if (!entry) return undefined;
  if (lang === 'en') return entry.data;
  const es = await getEntry('datasetsEs', id);
  if (!es) throw new Error(`content/es/data/${id}.yaml: missing`);
  return { ...entry.data, meta: localizeDatasetMeta(entry.data.meta, es.data, entry.data.rows, `content/es/data/${id}.yaml`) };
}

export const getDatasets = memo(async (lang) => {
  const ids = (await getCollection('datasets')).map((d) => d.id);
  return Promise.all(ids.map(async (id) => (await getDataset(id, lang))!));
});
