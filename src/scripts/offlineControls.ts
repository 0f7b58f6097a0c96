/**
 * Save and Remove (src/components/offline/SaveOffline.astro, and each item of the saved list on the
 * offline page), loaded by offline.ts on the first press or when something is saved: each control
 * names its unit in data-offline. On start the controls show what is saved; a press asks the
 * service worker, then says what happened, on screen and to screen readers.
 */
import { announce } from './announce';
import { isSaved } from '../lib/offline/registry';
import { ask, savedList } from './offlineClient';
import { watchForUpdates } from './offlineNotice';
import { renderSavedList } from './offlinePage';
import { ui } from './ui';

/** Shows each control's state and the saved list, from what is saved now. */
async function showSaved(): Promise<void> {
  const registry = await savedList();
  for (const control of document.querySelectorAll<HTMLElement>('.offline-control[data-offline]'))
    control.toggleAttribute('data-saved', isSaved(registry, control.dataset.offline!));
  renderSavedList(registry);
}

async function save(control: HTMLElement, button: HTMLButtonElement): Promise<void> {
  if (button.getAttribute('aria-disabled') === 'true') return;
  const label = [...button.childNodes];
  const note = control.querySelector<HTMLElement>('[data-offline-note]');
  button.setAttribute('aria-disabled', 'true');
  button.textContent = ui('offline.saving');
  if (note) note.textContent = '';
  const reply = await ask({ type: 'save', units: [control.dataset.offline!] }).catch(() => ({ ok: false }));
  button.replaceChildren(...label);
  button.removeAttribute('aria-disabled');
  if (!reply.ok) {
    if (note) note.textContent = ui('offline.failed');
    announce(ui('offline.failed'));
    return;
  }
  await showSaved();
  control.querySelector<HTMLElement>('[data-offline-remove]')?.focus();
  announce(control.querySelector('[data-offline-state]')?.textContent ?? '');
}

async function remove(control: HTMLElement): Promise<void> {
  const unit = control.dataset.offline!;
  // In the saved list, focus moves on to the next item's Remove (or the previous one's) before this one goes.
  const item = control.closest('li');
  const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('[data-offline-remove]');
  const reply = await ask({ type: 'remove', units: [unit] }).catch(() => ({ ok: false }));
  if (!reply.ok) return announce(ui('offline.failed'));
  await showSaved();
  if (item) (next ?? document.querySelector<HTMLElement>('[data-offline-heading]'))?.focus();
  else control.querySelector<HTMLElement>('[data-offline-save]')?.focus();
  announce(ui('offline.removed'));
}

/** For a reader who has saved something: the controls' states, the saved list, the update notice. */
export function start(): void {
  watchForUpdates();
  void showSaved();
}

/** A press on Save or Remove. */
export function press(button: HTMLButtonElement): void {
  const control = button.closest<HTMLElement>('[data-offline]');
  if (!control) return;
  if (button.hasAttribute('data-offline-save')) void save(control, button);
  else void remove(control);
}
