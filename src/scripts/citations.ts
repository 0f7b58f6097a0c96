/** Fills today's date into every citation and enables the copy buttons. */
import { citations, type CiteInput } from '../lib/format/citePage';
import { confirm } from './announce';
import { ui, uiTemplate } from './ui';

const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
for (const block of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const input = JSON.parse(block.dataset.cite!) as Omit<CiteInput, 'accessed' | 'revised'> & { revised: string };
  const text = citations({ ...input, revised: new Date(input.revised), accessed: today }, { chicago: uiTemplate('cite.chicago'), apa: uiTemplate('cite.apa') });
  for (const pre of block.querySelectorAll<HTMLElement>('pre[data-format]')) pre.textContent = text[pre.dataset.format as keyof typeof text];
}
document.querySelectorAll<HTMLButtonElement>('[data-copy-cite]').forEach((button) => {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const pre = button.closest('.cite-format')?.querySelector('pre');
    try {
      await navigator.clipboard.writeText(pre?.textContent ?? '');
      confirm(button, ui('cite.copied'));
    } catch {
      confirm(button, ui('cite.copyFailed'));
    }
  });
});
