/**
 * The language switch links to the same page in the other edition. Section anchors differ between
 * the two (e.g. #surge-2021 and #el-auge-de-2021), so on click the link takes the anchor the reader
 * is at, or failing that the section being read, and maps it to its twin (the map is in data-anchors).
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch][data-anchors]');

/** The section being read, once the reader has scrolled past the chapter's opening. */
function currentSection(): string | undefined {
  if (scrollY < 300) return undefined;
  return document.querySelector<HTMLAnchorElement>('nav.toc a[aria-current="true"]')?.hash.slice(1);
}

link?.addEventListener('click', () => {
  const anchors = JSON.parse(link.dataset.anchors!) as Record<string, string>;
  const here = decodeURIComponent(location.hash.slice(1));
  const id = (here && anchors[here]) || (here.startsWith('fig-') && here) || anchors[currentSection() ?? ''];
  const url = new URL(link.href);
  url.hash = id ? `#${id}` : '';
  link.href = url.href;
});
