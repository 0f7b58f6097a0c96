/**
 * Search loader: opens the dialog on the button or the "/" key and, on first use only, loads
 * Pagefind's module and index from /pagefind/. Results list each page's matching sections with
 * their anchors. Without a connection the index cannot load, and the dialog says search needs one.
 */
import { ui } from './ui';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: SubResult[];
}
interface Pagefind {
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<ResultData> }[] }>;
}

const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
const input = document.querySelector<HTMLInputElement>('#search-input');
const statusEl = document.querySelector<HTMLElement>('.search-status');
const list = document.querySelector<HTMLOListElement>('.search-results');
let pagefind: Promise<Pagefind> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function load(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that exists only after `pagefind` runs.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path)
    .then(async (mod: Pagefind) => {
      await mod.init();
      return mod;
    })
    // Offline the index cannot load (it is not saved for offline reading): say so, and try again next time.
    .catch((error: unknown) => {
      pagefind = undefined;
      if (statusEl) statusEl.textContent = ui('search.offline');
      throw error;
    });
  return pagefind;
}

/** Pagefind excerpts are text with <mark> around matches; rebuild them as nodes, never as HTML. */
function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const m = part.match(/^<mark>(.*)<\/mark>$/);
    const text = (m ? m[1]! : part)
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else p.append(text);
  });
  return p;
}

async function run(query: string) {
  if (!list || !statusEl) return;
  if (!query.trim()) {
    list.replaceChildren();
    statusEl.textContent = '';
    return;
  }
  statusEl.textContent = ui('search.searching');
  const found = await load().then(
    (mod) => mod.search(query),
    () => undefined,
  );
  if (!found) return;
  const { results } = found;
  const data = await Promise.all(results.slice(0, 8).map((r) => r.data()));
  list.replaceChildren(
    ...data.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      li.append(a);
      const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
      if (subs.length) {
        const ul = document.createElement('ul');
        for (const s of subs) {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = s.url;
          link.textContent = s.title;
          item.append(link, excerpt(s.excerpt));
          ul.append(item);
        }
        li.append(ul);
      } else li.append(excerpt(d.excerpt));
      return li;
    }),
  );
  statusEl.textContent = results.length === 0 ? ui('search.none') : results.length === 1 ? ui('search.one') : ui('search.many', { n: results.length });
}

function open() {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  input?.focus();
  load().catch(() => undefined);
}

if (openButton && dialog && input) {
  openButton.hidden = false;
  openButton.addEventListener('click', open);
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 150);
  });
  list?.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) dialog.close();
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !e.metaKey && !e.ctrlKey && !e.altKey && !t.closest('input, textarea, select, [contenteditable]')) {
      e.preventDefault();
      open();
    }
  });
}
