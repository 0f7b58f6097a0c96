/**
 * Print support: the "Print" controls, links to the print edition without JavaScript, print the
 * page itself here; and just before printing puts today's date in the print header's "Printed" field and
 * in the print-only citation's access date, in the page's language.
 */
import { ui } from './ui';
import { formatDate, formatUsDate } from '../lib/format/dates';

const lang = document.documentElement.lang === 'es' ? 'es' : 'en';

function stampPrintDate(now = new Date()) {
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-printed]')) {
    el.dateTime = iso;
    el.textContent = formatDate(day, lang);
  }
  for (const el of document.querySelectorAll('[data-printed-label]')) el.textContent = ui('print.printed');
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-printed-us]')) {
    el.dateTime = iso;
    el.textContent = formatUsDate(day, lang);
  }
}

for (const control of document.querySelectorAll<HTMLAnchorElement>('a[data-print]')) {
  control.setAttribute('role', 'button');
  control.addEventListener('click', (event) => {
    event.preventDefault();
    window.print();
  });
}
window.addEventListener('beforeprint', () => stampPrintDate());
