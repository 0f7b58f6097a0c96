/**
 * Which files a set of saved units needs, and what is left when a reader removes some: the rules
 * the service worker follows when it saves, removes and refreshes. Pure, over the manifest.
 */
import type { OfflineManifest } from './manifest.ts';

/** `ids` with the units saved along with them (a whole briefing's chapters), known units only, in order. */
export function withParts(manifest: OfflineManifest, ids: readonly string[]): string[] {
  const byId = new Map(manifest.units.map((u) => [u.id, u]));
  return [...new Set(ids.flatMap((id) => (byId.has(id) ? [id, ...byId.get(id)!.parts] : [])))];
}

/**
 * Every file the units `ids` need, the shared files included; nothing when nothing is saved. Parts
 * are not added here: the saved list names each chapter of a saved briefing, so one can be removed alone.
 */
export function filesFor(manifest: OfflineManifest, ids: readonly string[]): string[] {
  const units = ids.flatMap((id) => manifest.units.filter((u) => u.id === id));
  if (units.length === 0) return [];
  return [...new Set([...manifest.assets, ...manifest.shared, ...units.flatMap((u) => u.files)])];
}

/**
 * The units still saved after removing `removed` from `saved`: a removed briefing takes its chapters
 * with it; a chapter removed from a saved briefing leaves the rest (the home page and the briefing's
 * PDF among them), and the briefing then shows as not wholly saved (registry.ts).
 */
export function afterRemoval(manifest: OfflineManifest, saved: readonly string[], removed: readonly string[]): string[] {
  const gone = new Set(withParts(manifest, removed));
  return saved.filter((id) => !gone.has(id));
}

/** Of the cached `paths`, those no saved unit needs any more. */
export function unneeded(paths: readonly string[], needed: readonly string[]): string[] {
  const keep = new Set(needed);
  return paths.filter((p) => !keep.has(p));
}
