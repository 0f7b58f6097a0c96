/**
 * Tells the reader, once and quietly, that a new build refreshed their saved chapters: a short
 * message at the foot of the window with a button to close it, announced politely. The service
 * worker posts to open pages when it takes over; a page opened later reads the flag from the saved
 * list. Either way the page then tells the worker the reader has been told. Loaded only for readers
 * who have saved something (offline.ts).
 */
import { UPDATED_MESSAGE } from '../lib/offline/messages';
import { announce } from './announce';
import { ask, savedList } from './offlineClient';
import { ui } from './ui';

let told = false;

function tell(): void {
  if (told) return;
  told = true;
  const notice = document.createElement('div');
  notice.className = 'offline-notice no-print';
  const text = document.createElement('p');
  text.textContent = ui('offline.updated');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button';
  close.textContent = ui('offline.dismiss');
  close.addEventListener('click', () => {
    notice.remove();
    document.getElementById('main')?.focus({ preventScroll: true });
  });
  notice.append(text, close);
  document.body.append(notice);
  announce(ui('offline.updated'));
  void ask({ type: 'seen' });
}

/** Listens for the worker's message, then reads the flag (set before the message is sent), so neither way is missed. */
export function watchForUpdates(): void {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === UPDATED_MESSAGE) tell();
  });
  void savedList().then((registry) => registry?.updated && tell());
}
