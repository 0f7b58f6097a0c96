/** Marks the section being read in the chapter's table of contents (aria-current on its link). */
const links = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))).filter((el): el is HTMLElement => el !== null);

function update() {
  const offset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 80;
  let current: HTMLElement | undefined;
  for (const t of targets) if (t.getBoundingClientRect().top - offset <= 8) current = t;
  current ??= targets[0];
  for (const a of links) {
    if (a.hash === `#${current?.id}`) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

if (targets.length) {
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();
}
