/**
 * Names in the browser's Cache Storage, shared by the service worker and the page scripts: one cache
 * of saved files per build (so a new build fills its own and the old one is dropped whole), and one
 * small cache holding the list of what the reader saved, which outlives builds.
 */
import { langOf, type Lang } from '../../i18n/locales.ts';

const PREFIX = 'intermestic-build-';

/** The cache holding a build's saved files. */
export const cacheName = (build: string) => `${PREFIX}${build}`;

/** The cache holding the saved list (registry.ts), and the key it is stored under (never fetched). */
export const REGISTRY_CACHE = 'intermestic-offline';
export const REGISTRY_KEY = '/offline-saved.json';

/** Caches of other builds: whatever of ours is not `build`'s, or the saved list. */
export const staleCaches = (names: readonly string[], build: string): string[] => names.filter((n) => n.startsWith(PREFIX) && n !== cacheName(build));

/** Every cache of ours, for removing everything once nothing is saved. */
export const ownCaches = (names: readonly string[]): string[] => names.filter((n) => n.startsWith(PREFIX) || n === REGISTRY_CACHE);

/**
 * The key a request is answered from: its path. A figure's view (?us-mexico-trade.view=table) and
 * an anchor are read by the page's scripts, so every view of a saved page is the saved page.
 */
export const cacheKey = (url: URL): string => url.pathname;

/** The offline page in the language of `pathname`. */
export const fallbackFor = (fallback: Record<Lang, string>, pathname: string): string => fallback[langOf(pathname)];
