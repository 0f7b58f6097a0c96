/**
 * Collection queries shared by pages. Each is memoised so that a page rendering the navigation does
 * not re-sort the whole collection (the per-page cost that slows large Astro builds).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

let chaptersCache: Promise<CollectionEntry<'chapters'>[]> | undefined;
let sourcesCache: Promise<Map<string, CollectionEntry<'sources'>['data']>> | undefined;

/** Chapters in reading order. */
export function getChapters(): Promise<CollectionEntry<'chapters'>[]> {
  chaptersCache ??= getCollection('chapters').then((list) => list.sort((a, b) => a.data.order - b.data.order));
  return chaptersCache;
}

export function getSourcesById(): Promise<Map<string, CollectionEntry<'sources'>['data']>> {
  sourcesCache ??= getCollection('sources').then((list) => new Map(list.map((s) => [s.id, s.data])));
  return sourcesCache;
}

export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml: expected one entry with id "site"');
  return entry.data;
}

/** Timeline events sorted by date; a year-only date sorts before the months of that year. */
export async function getTimeline() {
  const events = await getCollection('timeline');
  return events.map((e) => e.data).sort((a, b) => a.date.localeCompare(b.date));
}
