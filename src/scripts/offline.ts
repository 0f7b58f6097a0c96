/**
 * Offline reading, as little of it as a first visit needs: nothing more loads, and nothing is
 * registered or requested, until the reader presses Save, or unless they saved something before (a
 * service worker registration exists; asking makes no request). Then the controls, the saved list
 * and the update notice load (offlineControls.ts).
 */
const controls = () => import('./offlineControls');

if ('serviceWorker' in navigator) {
  void navigator.serviceWorker.getRegistration().then((registration) => registration && controls().then((c) => c.start()));
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-offline-save], [data-offline-remove]');
    if (button) void controls().then((c) => c.press(button));
  });
}
