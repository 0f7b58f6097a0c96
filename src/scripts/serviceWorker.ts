/**
 * The service worker, served as /sw.js (src/lib/offline/serviceWorkerScript.ts bundles it with the
 * build's offline manifest). A page registers it only when the reader first saves something, so a
 * reader who never does gets no worker, no cache and no extra request.
 *
 * - Saving: a page asks it to save units (a chapter, or an edition's whole briefing); it fetches
 *   every file they need into the cache of this build, and records them in the saved list. A save
 *   that fails part way leaves nothing half-saved behind.
 * - Reading: any request for a saved file is answered from the cache, online or not, with any query
 *   or anchor (a figure's view). An address that is not saved goes to the network; when that fails
 *   for a page, the offline page of its language is shown in its place.
 * - Updates: a new build's /sw.js differs from the last (its manifest holds the build id). Installed
 *   on the reader's next visit online, it saves the same units afresh into the new build's cache
 *   before taking over, then drops the old cache and tells open pages once.
 * - Removing: files no other saved unit needs are deleted; when nothing is saved any more, the
 *   caches are deleted and the worker unregisters itself.
 */
import { cacheKey, cacheName, fallbackFor, ownCaches, REGISTRY_CACHE, REGISTRY_KEY, staleCaches } from '../lib/offline/cacheKeys';
import type { OfflineManifest } from '../lib/offline/manifest';
import { UPDATED_MESSAGE, type OfflineReply, type OfflineRequest } from '../lib/offline/messages';
import { afterUpdate, registryOf, type Registry } from '../lib/offline/registry';
import { afterRemoval, filesFor, unneeded, withParts } from '../lib/offline/saving';

/** Written on the first line of /sw.js by the build. */
declare const OFFLINE_MANIFEST: OfflineManifest;

/* The parts of the service worker scope used here (the project's TypeScript library is the DOM's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const manifest = OFFLINE_MANIFEST;
const assets = new Set(manifest.assets);
const openBuild = (build: string) => caches.open(cacheName(build));

async function readRegistry(): Promise<Registry> {
  const stored = await caches.match(REGISTRY_KEY, { cacheName: REGISTRY_CACHE });
  return stored ? ((await stored.json()) as Registry) : registryOf(manifest, []);
}

async function writeRegistry(registry: Registry): Promise<void> {
  const body = JSON.stringify(registry);
  await (await caches.open(REGISTRY_CACHE)).put(REGISTRY_KEY, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
}

/**
 * Puts every path into `cache` unless it is there already (a build's files never change under it).
 * Hashed assets come from the previous build's cache or the browser's HTTP cache; everything else
 * is fetched from the site afresh. Rejects if any file cannot be had.
 */
async function store(cache: Cache, paths: readonly string[], previous?: Cache): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      if (await cache.match(path)) return;
      const kept = assets.has(path) ? await previous?.match(path) : undefined;
      const response = kept ?? (await fetch(path, { cache: assets.has(path) ? 'default' : 'no-cache' }));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      // A response that followed a redirect cannot answer a navigation; keep its body and headers only.
      await cache.put(path, response.redirected ? new Response(response.body, response) : response);
    }),
  );
}

/** Deletes from `cache` every file the units `ids` do not need. */
async function prune(cache: Cache, ids: readonly string[]): Promise<void> {
  const keys = await cache.keys();
  const stale = new Set(
    unneeded(
      keys.map((r) => new URL(r.url).pathname),
      filesFor(manifest, ids),
    ),
  );
  await Promise.all(keys.filter((r) => stale.has(new URL(r.url).pathname)).map((r) => cache.delete(r)));
}

async function save(units: readonly string[]): Promise<OfflineReply> {
  const registry = await readRegistry();
  const saved = registry.units.map((u) => u.id);
  const ids = [...new Set([...saved, ...withParts(manifest, units)])];
  const cache = await openBuild(manifest.build);
  try {
    await store(cache, filesFor(manifest, ids));
  } catch (error) {
    await prune(cache, saved);
    throw error;
  }
  await writeRegistry(registryOf(manifest, ids, registry.updated));
  return { ok: true };
}

async function remove(units: readonly string[]): Promise<OfflineReply> {
  const registry = await readRegistry();
  const ids = afterRemoval(
    manifest,
    registry.units.map((u) => u.id),
    units,
  );
  if (ids.length === 0) {
    await Promise.all(ownCaches(await caches.keys()).map((name) => caches.delete(name)));
    await worker.registration.unregister();
    return { ok: true, empty: true };
  }
  await writeRegistry(registryOf(manifest, ids, registry.updated));
  await prune(await openBuild(manifest.build), ids);
  return { ok: true };
}

async function seen(): Promise<OfflineReply> {
  const registry = await readRegistry();
  if (registry.updated) await writeRegistry({ ...registry, updated: false });
  return { ok: true };
}

/** Requests are handled one at a time, so two saves never read and write the saved list at once. */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

worker.addEventListener('message', (event) => {
  const request = event.data as OfflineRequest;
  const port = event.ports[0];
  const task = request.type === 'save' ? () => save(request.units) : request.type === 'remove' ? () => remove(request.units) : seen;
  event.waitUntil(
    inTurn(task).then(
      (reply) => port?.postMessage(reply),
      () => port?.postMessage({ ok: false } satisfies OfflineReply),
    ),
  );
});

/** A new build: the saved units' files of this build, before this worker takes over from the last. */
async function refresh(): Promise<void> {
  const registry = await readRegistry();
  if (registry.build === manifest.build || registry.units.length === 0) return;
  const previous = (await caches.has(cacheName(registry.build))) ? await openBuild(registry.build) : undefined;
  const ids = registryOf(
    manifest,
    registry.units.map((u) => u.id),
  ).units.map((u) => u.id);
  await store(await openBuild(manifest.build), filesFor(manifest, ids), previous);
}

worker.addEventListener('install', (event) => event.waitUntil(refresh().then(() => worker.skipWaiting())));

async function activate(): Promise<void> {
  const registry = await readRegistry();
  const next = afterUpdate(registry, manifest);
  if (registry.units.length > 0) await writeRegistry(next);
  await Promise.all(staleCaches(await caches.keys(), manifest.build).map((name) => caches.delete(name)));
  await worker.clients.claim();
  if (registry.build !== manifest.build && next.updated) {
    for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage({ type: UPDATED_MESSAGE });
  }
}

worker.addEventListener('activate', (event) => event.waitUntil(activate()));

async function respond(request: Request, url: URL): Promise<Response> {
  const cache = await openBuild(manifest.build);
  const saved = await cache.match(cacheKey(url), { ignoreVary: true });
  if (saved) return saved;
  try {
    return await fetch(request);
  } catch (error) {
    const offline = request.mode === 'navigate' ? await cache.match(fallbackFor(manifest.fallback, url.pathname)) : undefined;
    if (offline) return offline;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Only the site's own reads; a cross-origin "only-if-cached" request (DevTools makes them) cannot be refetched.
  if (event.request.method !== 'GET' || url.origin !== location.origin || (event.request.cache === 'only-if-cached' && event.request.mode !== 'same-origin'))
    return;
  event.respondWith(respond(event.request, url));
});
