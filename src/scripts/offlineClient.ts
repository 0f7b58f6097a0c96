/**
 * The pages' side of offline reading: what is saved (read from Cache Storage, without waking the
 * service worker) and asking the service worker to save or remove; the worker is registered on the
 * first Save. Loaded only once a reader presses Save or has saved before (offline.ts).
 */
import { SITE_FILES } from '../i18n/locales';
import { REGISTRY_CACHE, REGISTRY_KEY } from '../lib/offline/cacheKeys';
import type { OfflineReply, OfflineRequest } from '../lib/offline/messages';
import type { Registry } from '../lib/offline/registry';

/** The saved list, or undefined when nothing is saved (or everything was removed, the worker with it). */
export async function savedList(): Promise<Registry | undefined> {
  if (!navigator.serviceWorker.controller && !(await navigator.serviceWorker.getRegistration())) return undefined;
  const stored = await caches.match(REGISTRY_KEY, { cacheName: REGISTRY_CACHE });
  return stored ? ((await stored.json()) as Registry) : undefined;
}

/** Sends a request to the service worker, registering it first when saving. */
export async function ask(request: OfflineRequest): Promise<OfflineReply> {
  if (request.type === 'save') await navigator.serviceWorker.register(SITE_FILES.serviceWorker, { scope: '/' });
  const { active } = await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as OfflineReply);
    active!.postMessage(request, [channel.port2]);
  });
}
