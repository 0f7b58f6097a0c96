/**
 * The list of what a reader saved, kept by the service worker in Cache Storage (cacheKeys.ts) and
 * read by the pages to show each control's state and the "Saved on this device" list. Pure.
 */
import type { Lang } from '../../i18n/locales.ts';
import type { OfflineManifest } from './manifest.ts';

export interface SavedUnit {
  id: string;
  lang: Lang;
  kind: 'chapter' | 'briefing';
  title: string;
  /** The units it was saved with (a whole briefing's chapters). */
  parts: string[];
}

export interface Registry {
  /** The build the saved files come from. */
  build: string;
  units: SavedUnit[];
  /** Set when a new build refreshed the saved files, until a page has told the reader. */
  updated?: boolean;
}

/** The saved list holding `ids`, with each unit's language, kind and title from the manifest. */
export function registryOf(manifest: OfflineManifest, ids: readonly string[], updated = false): Registry {
  const units = ids.flatMap((id) => manifest.units.filter((u) => u.id === id).map(({ lang, kind, title, parts }) => ({ id, lang, kind, title, parts })));
  return { build: manifest.build, units, ...(updated ? { updated } : {}) };
}

/**
 * The saved list once a new build's files are in: units the new build no longer has are dropped,
 * titles follow the new build, and the reader is to be told, once, if anything was refreshed.
 */
export function afterUpdate(registry: Registry, manifest: OfflineManifest): Registry {
  const changed = registry.build !== manifest.build && registry.units.length > 0;
  return registryOf(
    manifest,
    registry.units.map((u) => u.id),
    changed || registry.updated === true,
  );
}

/** Whether `id` is saved whole: itself and every unit saved with it (a briefing one of whose chapters was removed is not). */
export function isSaved(registry: Registry | undefined, id: string): boolean {
  const ids = new Set(registry?.units.map((u) => u.id));
  return ids.has(id) && registry!.units.find((u) => u.id === id)!.parts.every((p) => ids.has(p));
}
