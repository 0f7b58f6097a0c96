/**
 * The offline page (/offline/, /es/sin-conexion/): the list of what is saved on this device, each
 * item a link and a Remove button (handled by offlineControls.ts); and, when the service worker shows
 * this page in place of an address that is not saved, a line saying so.
 */
import type { Registry } from '../lib/offline/registry';
import { ui } from './ui';

const list = document.querySelector<HTMLUListElement>('[data-offline-list]');
const empty = document.querySelector<HTMLElement>('[data-offline-empty]');
const missing = document.querySelector<HTMLElement>('[data-offline-missing]');

if (missing && location.pathname !== missing.dataset.offlineMissing) missing.hidden = false;

/** Fills the saved list (a no-op on pages without one). */
export function renderSavedList(registry: Registry | undefined): void {
  if (!list || !empty) return;
  const units = registry?.units ?? [];
  list.replaceChildren(
    ...units.map((unit) => {
      const item = document.createElement('li');
      item.dataset.offline = unit.id;
      const link = document.createElement('a');
      link.href = unit.id;
      link.lang = unit.lang;
      link.textContent = unit.title;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'text-button';
      remove.dataset.offlineRemove = '';
      remove.textContent = ui('offline.remove');
      remove.setAttribute('aria-label', ui('offline.removeItem', { title: unit.title }));
      item.append(link, ' ', remove);
      return item;
    }),
  );
  list.hidden = units.length === 0;
  empty.hidden = units.length > 0;
}
