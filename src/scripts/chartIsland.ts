/**
 * <im-chart>: the only chart code the browser runs. The SVG, table and notes are already in the page;
 * this adds a tooltip and crosshair (pointer and touch), arrow-key stepping with an aria-live
 * announcement, series toggles, the chart/table switch and a time range. It never redraws the SVG: a
 * range veils the periods outside it and hides their table rows. The view (chart or table, hidden
 * series, range) is kept in the page address as `?<figure>.view=table&<figure>.hide=<series>&
 * <figure>.from=<period>&<figure>.to=<period>`, one set of keys per figure, so a copied link opens
 * the same view; without JavaScript the link shows the default view.
 */
import { bisector } from 'd3';
import { confirm } from './announce';
import { ui } from './ui';
import { tipText, type ValueTemplates } from '../lib/charts/tipText';

interface Item {
  key: string;
  label: string;
  text: string;
  /** The value's notes as the table writes them, "a; b". */
  notes: string;
}
interface Column {
  period: string;
  heading: string;
  items: Item[];
  total?: string;
}

const byX = bisector<number, number>((x) => x).center;
/** A text node's or element's own text, without the notes (span.flag) written beside it. */
const ownText = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('')
    .trim();
/** The notes beside a value, " (a; b)" in the table, without the brackets. */
const notesIn = (el: Element) =>
  el
    .querySelector(':scope > .flag')
    ?.textContent?.trim()
    .replace(/^\(|\)$/g, '') ?? '';

/**
 * What the tooltip shows, read once from the page: values and notes from the figure's own table,
 * period positions from each SVG's crosshair (data-x), so the values reach the reader once.
 */
function readColumns(island: HTMLElement): Column[] {
  const templates: ValueTemplates = { cell: island.dataset.cell ?? '{n}', tip: island.dataset.tip ?? '{sign}{n}' };
  const heads = [...island.querySelectorAll<HTMLElement>('thead th[data-series]')];
  const series = heads.map((th) => ({ key: th.dataset.series!, label: ownText(th) }));
  return [...island.querySelectorAll<HTMLTableRowElement>('tbody tr[data-period]')].map((row) => {
    const head = row.querySelector('th')!;
    const shared = notesIn(head);
    const cells = [...row.querySelectorAll('td')];
    const items = series.map((s, i) => {
      const cell = cells[i]!;
      const missing = cell.querySelector('.missing')?.textContent?.trim();
      const notes = [shared, notesIn(cell)].filter(Boolean).join('; ');
      return { ...s, text: missing ?? tipText(ownText(cell), templates), notes: missing ? '' : notes };
    });
    const total = cells[series.length];
    return { period: row.dataset.period!, heading: ownText(head), items, ...(total ? { total: tipText(ownText(total), templates) } : {}) };
  });
}

/** The x of each period in one SVG layout, as the build wrote them on its crosshair. */
const positions = (svg: SVGSVGElement): number[] => (svg.querySelector<SVGGElement>('.crosshair')?.dataset.x ?? '').split(' ').map(Number);

class ImChart extends HTMLElement {
  #columns: Column[] = [];
  #index = -1;
  #hidden = new Set<string>();
  /** The range, as indexes into the periods (the same in both layouts). */
  #from = 0;
  #to = 0;

  connectedCallback() {
    // The print edition's figures stay as printed.
    if (this.hasAttribute('data-static')) return;
    this.#columns = readColumns(this);
    if (!this.#columns.length) return;
    this.dataset.view = 'chart';
    const plot = this.querySelector<HTMLElement>('.plot')!;
    plot.tabIndex = 0;
    plot.setAttribute('role', 'group');
    plot.setAttribute('aria-label', ui('chart.interactive', { title: this.dataset.title ?? '' }));

    plot.addEventListener('pointermove', (e) => this.#fromPointer(e));
    plot.addEventListener('pointerdown', (e) => this.#fromPointer(e));
    plot.addEventListener('pointerleave', () => this.#hide());
    plot.addEventListener('keydown', (e) => this.#onKey(e));
    plot.addEventListener('blur', () => this.#hide());

    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) =>
      b.addEventListener('click', () => {
        this.#setView(b.dataset.view!);
        this.#sync();
      }),
    );
    this.querySelectorAll<HTMLButtonElement>('[data-toggle]').forEach((b) => {
      b.disabled = false;
      b.addEventListener('click', () => {
        this.#toggle(b);
        this.#sync();
      });
    });
    // The print edition has no range controls; a figure there keeps its full range.
    const [fromSelect, toSelect] = ['from', 'to'].map((end) => this.querySelector<HTMLSelectElement>(`select[data-range="${end}"]`));
    fromSelect?.addEventListener('change', () => this.#setRange(fromSelect.selectedIndex, Math.max(fromSelect.selectedIndex, this.#to), true));
    toSelect?.addEventListener('change', () => this.#setRange(Math.min(this.#from, toSelect.selectedIndex), toSelect.selectedIndex, true));
    this.#restore();
    // The embed code sits in the figure's notes, outside the island.
    const copyEmbed = this.closest('figure')?.querySelector<HTMLButtonElement>('[data-copy-embed]');
    if (copyEmbed) {
      copyEmbed.hidden = false;
      copyEmbed.addEventListener('click', () => {
        navigator.clipboard.writeText(copyEmbed.closest('details')?.querySelector('pre')?.textContent ?? '').then(
          () => confirm(copyEmbed, ui('embed.copied')),
          () => confirm(copyEmbed, ui('cite.copyFailed')),
        );
      });
    }
  }

  /** The SVG currently laid out (wide or narrow, chosen by CSS). */
  #svg(): SVGSVGElement {
    const svgs = [...this.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
    const svg = svgs.find((s) => s.getBoundingClientRect().width > 0) ?? svgs[0];
    if (!svg) throw new Error('chart island has no svg.chart-svg inside it');
    return svg;
  }

  #fromPointer(e: PointerEvent) {
    const svg = this.#svg();
    const box = svg.getBoundingClientRect();
    const scale = svg.viewBox.baseVal.width / box.width;
    this.#show(Math.max(this.#from, Math.min(this.#to, byX(positions(svg), (e.clientX - box.left) * scale))), false);
  }

  #onKey(e: KeyboardEvent) {
    const [lo, hi] = [this.#from, this.#to];
    const moves: Record<string, number> = {
      ArrowRight: this.#index + 1,
      ArrowUp: this.#index + 1,
      ArrowLeft: this.#index - 1,
      ArrowDown: this.#index - 1,
      Home: lo,
      End: hi,
    };
    if (e.key === 'Escape') {
      this.#hide();
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    // Before any value is shown, an arrow starts from its own end; Home and End go where they say.
    const fresh: Record<string, number> = { ArrowRight: lo, ArrowUp: lo, ArrowLeft: hi, ArrowDown: hi };
    const start = this.#index < 0 && e.key in fresh ? fresh[e.key]! : moves[e.key]!;
    this.#show(Math.max(lo, Math.min(hi, start)), true);
  }

  #show(index: number, announce: boolean) {
    const col = this.#columns[index];
    if (!col) return;
    this.#index = index;
    const svg = this.#svg();
    const x = positions(svg)[index]!;
    const box = svg.getBoundingClientRect();
    const ratio = box.width / svg.viewBox.baseVal.width;
    const cross = svg.querySelector<SVGGElement>('.crosshair')!;
    cross.setAttribute('visibility', 'visible');
    cross.setAttribute('transform', `translate(${x} 0)`);
    const items = col.items.filter((i) => !this.#hidden.has(i.key));
    const tip = this.querySelector<HTMLElement>('.tooltip')!;
    tip.replaceChildren();
    const head = document.createElement('strong');
    head.textContent = col.heading;
    tip.append(head);
    items.forEach((item) => {
      const row = document.createElement('div');
      const index = col.items.indexOf(item);
      row.className = `series-${index}`;
      const sw = document.createElement('span');
      sw.className = 'swatch';
      row.append(sw, `${col.items.length > 1 ? `${item.label}: ` : ''}${item.text}${item.notes ? ` (${item.notes})` : ''}`);
      tip.append(row);
    });
    if (col.total) {
      const row = document.createElement('div');
      row.textContent = `${ui('chart.total')}: ${col.total}`;
      tip.append(row);
    }
    tip.hidden = false;
    const plot = this.querySelector<HTMLElement>('.plot')!;
    const offsetLeft = box.left - plot.getBoundingClientRect().left;
    const px = offsetLeft + x * ratio;
    const left = px + tip.offsetWidth + 16 > plot.clientWidth ? px - tip.offsetWidth - 12 : px + 12;
    tip.style.transform = `translate(${Math.max(0, left)}px, 8px)`;
    if (announce) {
      const live = this.querySelector<HTMLElement>('[data-live]')!;
      live.textContent = `${col.heading}: ${items.map((i) => `${col.items.length > 1 ? `${i.label}: ` : ''}${i.text}${i.notes ? `, ${i.notes}` : ''}`).join('; ')}${col.total ? `; ${ui('chart.total').toLowerCase()} ${col.total}` : ''}`;
    }
  }

  #hide() {
    this.#index = -1;
    this.querySelector<HTMLElement>('.tooltip')!.hidden = true;
    this.querySelectorAll('.crosshair').forEach((c) => c.setAttribute('visibility', 'hidden'));
  }

  /** This figure's keys in the page address ("us-mexico-trade.view"). */
  #key(name: string) {
    return `${this.dataset.fig!.replace(/^fig-/, '')}.${name}`;
  }

  /** The view a link asked for; anything it names that this figure does not have is ignored. */
  #restore() {
    const q = new URLSearchParams(location.search);
    const periods = this.#columns.map((c) => c.period);
    this.#to = periods.length - 1;
    if (q.get(this.#key('view')) === 'table') this.#setView('table');
    for (const key of q.getAll(this.#key('hide'))) {
      const button = this.querySelector<HTMLButtonElement>(`[data-toggle="${CSS.escape(key)}"]`);
      if (button?.getAttribute('aria-pressed') === 'true') this.#toggle(button);
    }
    const from = periods.indexOf(q.get(this.#key('from')) ?? '');
    const to = periods.indexOf(q.get(this.#key('to')) ?? '');
    this.#setRange(from >= 0 ? from : 0, to >= (from >= 0 ? from : 0) ? to : periods.length - 1, false);
  }

  /** Writes the view into the page address and into the figure's copy-link control. */
  #sync() {
    const url = new URL(location.href);
    for (const name of ['view', 'hide', 'from', 'to']) url.searchParams.delete(this.#key(name));
    if (this.dataset.view === 'table') url.searchParams.set(this.#key('view'), 'table');
    for (const key of this.#hidden) url.searchParams.append(this.#key('hide'), key);
    const periods = this.#columns.map((c) => c.period);
    if (this.#from > 0 || this.#to < periods.length - 1) {
      url.searchParams.set(this.#key('from'), periods[this.#from]!);
      url.searchParams.set(this.#key('to'), periods[this.#to]!);
    }
    history.replaceState(history.state, '', url);
    url.hash = this.dataset.fig!;
    this.closest('figure')?.querySelector('[data-copy-link]')?.setAttribute('data-href', url.href);
  }

  #setRange(from: number, to: number, announce: boolean) {
    this.#from = from;
    this.#to = to;
    const cols = this.#columns;
    const full = from === 0 && to === cols.length - 1;
    (['from', 'to'] as const).forEach((end) => {
      const select = this.querySelector<HTMLSelectElement>(`select[data-range="${end}"]`);
      if (select) select.selectedIndex = end === 'from' ? from : to;
    });
    this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-period]').forEach((row, i) => (row.hidden = i < from || i > to));
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      const xs = positions(svg);
      const grid = svg.querySelector<SVGLineElement>('.grid line');
      const cross = svg.querySelector<SVGLineElement>('.crosshair line')!;
      const [left, right] = grid ? [grid.x1.baseVal.value, grid.x2.baseVal.value] : [0, svg.viewBox.baseVal.width];
      const [top, bottom] = [cross.y1.baseVal.value, cross.y2.baseVal.value];
      // Veils from the plot's edge to halfway between the last period outside the range and the first inside it.
      const edge = (i: number, j: number) => (xs[i]! + xs[j]!) / 2;
      const veils = [from > 0 ? [left - 8, edge(from - 1, from)] : null, to < xs.length - 1 ? [edge(to, to + 1), right + 8] : null].filter(
        (v): v is number[] => v !== null,
      );
      let mask = svg.querySelector<SVGGElement>('.range-mask');
      if (!mask) {
        mask = document.createElementNS('http://www.w3.org/2000/svg', 'g');
        mask.setAttribute('class', 'range-mask');
        mask.setAttribute('aria-hidden', 'true');
        svg.querySelector('.crosshair')!.before(mask);
      }
      mask.replaceChildren(
        ...veils.map(([x0, x1]) => {
          const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          for (const [k, v] of Object.entries({ x: x0!, y: top - 4, width: x1! - x0!, height: bottom - top + 8 })) rect.setAttribute(k, String(v));
          return rect;
        }),
      );
    }
    const caption = this.closest('figure')?.querySelector<HTMLElement>('[data-range-caption]');
    const text = ui('chart.rangeShown', { first: cols[from]!.heading, last: cols[to]!.heading });
    if (caption) {
      caption.hidden = full;
      caption.textContent = full ? '' : text;
    }
    if (announce) this.querySelector<HTMLElement>('[data-live]')!.textContent = text;
    this.#sync();
  }

  #setView(view: string) {
    this.dataset.view = view;
    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.view === view)));
  }

  #toggle(button: HTMLButtonElement) {
    const key = button.dataset.toggle!;
    const on = button.getAttribute('aria-pressed') !== 'true';
    const visible = this.querySelectorAll('[data-toggle][aria-pressed="true"]').length;
    if (!on && visible <= 1) return;
    button.setAttribute('aria-pressed', String(on));
    if (on) this.#hidden.delete(key);
    else this.#hidden.add(key);
    this.querySelectorAll<SVGElement>(`svg [data-series="${CSS.escape(key)}"]`).forEach((el) => {
      if (on) el.removeAttribute('data-hidden');
      else el.setAttribute('data-hidden', '');
    });
  }
}

if (!customElements.get('im-chart')) customElements.define('im-chart', ImChart);
