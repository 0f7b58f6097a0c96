/**
 * <im-chart>: the only chart code the browser runs. The SVG, table and notes are already in the page;
 * this adds a tooltip and crosshair (pointer and touch), arrow-key stepping with an aria-live
 * announcement, series toggles and the chart/table switch. It never redraws the SVG.
 */
import { bisector } from 'd3';
import { ui } from './ui';

interface Item {
  key: string;
  label: string;
  text: string;
  y: number | null;
  notes?: string[];
}
interface Column {
  period: string;
  heading: string;
  x: number;
  items: Item[];
  total?: string;
}
interface Hover {
  unit: string;
  wide: Column[];
  narrow: Column[];
}

const byX = bisector<Column, number>((c) => c.x).center;

class ImChart extends HTMLElement {
  #hover!: Hover;
  #index = -1;
  #hidden = new Set<string>();

  connectedCallback() {
    const data = this.querySelector('script[data-hover]');
    if (!data?.textContent) return;
    this.#hover = JSON.parse(data.textContent) as Hover;
    this.dataset.view = 'chart';
    this.querySelector<HTMLElement>('.chart-controls')?.removeAttribute('hidden');
    const plot = this.querySelector<HTMLElement>('.plot')!;
    plot.tabIndex = 0;
    plot.setAttribute('role', 'group');
    plot.setAttribute('aria-label', ui('chart.interactive', { title: this.dataset.title ?? '' }));

    plot.addEventListener('pointermove', (e) => this.#fromPointer(e));
    plot.addEventListener('pointerdown', (e) => this.#fromPointer(e));
    plot.addEventListener('pointerleave', () => this.#hide());
    plot.addEventListener('keydown', (e) => this.#onKey(e));
    plot.addEventListener('blur', () => this.#hide());

    this.querySelectorAll<HTMLButtonElement>('[data-view]').forEach((b) => b.addEventListener('click', () => this.#setView(b.dataset.view!)));
    this.querySelectorAll<HTMLButtonElement>('[data-toggle]').forEach((b) => {
      b.disabled = false;
      b.addEventListener('click', () => this.#toggle(b));
    });
  }

  /** The SVG currently laid out (wide or narrow, chosen by CSS). */
  #svg(): SVGSVGElement {
    const svgs = [...this.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
    const svg = svgs.find((s) => s.getBoundingClientRect().width > 0) ?? svgs[0];
    if (!svg) throw new Error('chart island has no svg.chart-svg inside it');
    return svg;
  }

  #columns(): Column[] {
    return this.#hover[this.#svg().dataset.variant === 'narrow' ? 'narrow' : 'wide'];
  }

  #fromPointer(e: PointerEvent) {
    const svg = this.#svg();
    const box = svg.getBoundingClientRect();
    const scale = svg.viewBox.baseVal.width / box.width;
    this.#show(byX(this.#columns(), (e.clientX - box.left) * scale), false);
  }

  #onKey(e: KeyboardEvent) {
    const n = this.#columns().length;
    const moves: Record<string, number> = {
      ArrowRight: this.#index + 1,
      ArrowUp: this.#index + 1,
      ArrowLeft: this.#index - 1,
      ArrowDown: this.#index - 1,
      Home: 0,
      End: n - 1,
    };
    if (e.key === 'Escape') {
      this.#hide();
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    // Before any value is shown, an arrow starts from its own end; Home and End go where they say.
    const fresh: Record<string, number> = { ArrowRight: 0, ArrowUp: 0, ArrowLeft: n - 1, ArrowDown: n - 1 };
    const start = this.#index < 0 && e.key in fresh ? fresh[e.key]! : moves[e.key]!;
    this.#show(Math.max(0, Math.min(n - 1, start)), true);
  }

  #show(index: number, announce: boolean) {
    const col = this.#columns()[index];
    if (!col) return;
    this.#index = index;
    const svg = this.#svg();
    const box = svg.getBoundingClientRect();
    const ratio = box.width / svg.viewBox.baseVal.width;
    const cross = svg.querySelector<SVGGElement>('.crosshair')!;
    cross.setAttribute('visibility', 'visible');
    cross.setAttribute('transform', `translate(${col.x} 0)`);
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
      row.append(sw, `${col.items.length > 1 ? `${item.label}: ` : ''}${item.text}${item.notes ? ` (${item.notes.join('; ')})` : ''}`);
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
    const px = offsetLeft + col.x * ratio;
    const left = px + tip.offsetWidth + 16 > plot.clientWidth ? px - tip.offsetWidth - 12 : px + 12;
    tip.style.transform = `translate(${Math.max(0, left)}px, 8px)`;
    if (announce) {
      const live = this.querySelector<HTMLElement>('[data-live]')!;
      live.textContent = `${col.heading}: ${items.map((i) => `${col.items.length > 1 ? `${i.label}: ` : ''}${i.text}${i.notes ? `, ${i.notes.join(', ')}` : ''}`).join('; ')}${col.total ? `; ${ui('chart.total').toLowerCase()} ${col.total}` : ''}`;
    }
  }

  #hide() {
    this.#index = -1;
    this.querySelector<HTMLElement>('.tooltip')!.hidden = true;
    this.querySelectorAll('.crosshair').forEach((c) => c.setAttribute('visibility', 'hidden'));
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
