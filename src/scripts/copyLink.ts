/**
 * Link and share controls. Without JavaScript they are plain links; here a copy-link control copies
 * the absolute URL of its anchor, and a share control uses the Web Share API where the browser has
 * it and copies the address otherwise.
 */
import { confirm } from './announce';
import { ui } from './ui';

async function copy(control: HTMLElement, url: string) {
  try {
    await navigator.clipboard.writeText(url);
    confirm(control, ui('link.copied'));
  } catch {
    confirm(control, ui('link.copyFailed'));
    location.hash = new URL(url).hash;
  }
}

document.addEventListener('click', (event) => {
  const control = (event.target as Element).closest<HTMLAnchorElement | HTMLButtonElement>('[data-copy-link], [data-share]');
  if (!control) return;
  event.preventDefault();
  const href = control.getAttribute('href') ?? control.dataset.href ?? location.pathname;
  const url = new URL(href, location.href).href;
  if (control.hasAttribute('data-share') && typeof navigator.share === 'function') {
    navigator.share({ title: control.dataset.shareTitle ?? document.title, url }).catch(() => undefined);
    return;
  }
  void copy(control, url);
});
