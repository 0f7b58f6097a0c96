/** One polite live region per page, so every control can tell screen-reader users what happened. */
export function announce(message: string): void {
  let region = document.getElementById('announcer');
  if (!region) {
    region = document.createElement('div');
    region.id = 'announcer';
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  region.textContent = '';
  requestAnimationFrame(() => (region!.textContent = message));
}

/** Brief visible confirmation on the control itself, alongside the announcement. */
export function confirm(control: HTMLElement, message: string): void {
  announce(message);
  control.dataset.confirm = message;
  setTimeout(() => delete control.dataset.confirm, 2000);
}
