/**
 * Checks the quality suite (tests/e2e/quality.spec.ts) runs inside the page. Each function is
 * handed to page.evaluate or addInitScript, so it must be self-contained: no imports, no closures.
 */

declare global {
  interface Window {
    __cspViolations?: string[];
    __layoutShift?: number;
  }
}

/** Init script: records every Content-Security-Policy violation the page reports, from the first byte on. */
export function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
}

/** Init script: adds up the page's layout shifts not caused by input (CLS as the browser reports it), from the first paint on. */
export function recordLayoutShifts(): void {
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) window.__layoutShift! += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Pixels the page can scroll sideways: 0 when nothing is wider than the viewport. */
export function horizontalOverflow(): number {
  return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
}

/**
 * WCAG 2.5.8 Target Size (Minimum) over the page's controls: buttons, summaries, form fields,
 * navigation links and links styled as buttons. Links inside running text are exempt by the
 * criterion's "inline" exception, so only links in <nav>, the site header and button-like links count.
 * A target under 24x24 passes the spacing exception when a 24 px circle centred on it meets no
 * other target and no other undersized target's circle. `scope` limits the check to targets
 * inside matching elements (an open menu panel covers what is beneath it). Returns one line per
 * failure.
 */
export function smallTapTargets(scope = 'body'): string[] {
  const SELECTOR = [
    'button',
    'summary',
    'select',
    'textarea',
    'input:not([type="hidden"])',
    '[role="button"]',
    '[role="tab"]',
    'nav a[href]',
    'body > header a[href]',
    'a.button',
    '[tabindex]:not([tabindex="-1"]):not(a):not(button)',
  ].join(',');
  const targets = [...document.querySelectorAll<HTMLElement>(scope)]
    .flatMap((root) => [...root.querySelectorAll<HTMLElement>(SELECTOR)])
    .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden'))
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const distToRect = (p: { x: number; y: number }, r: DOMRect) =>
    Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
  const small = targets.filter(({ r }) => r.width < 23.5 || r.height < 23.5);
  const describe = (el: HTMLElement) => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${text}"`;
  };
  return small
    .filter(({ el, r }) => {
      const c = centre(r);
      return targets.some((o) => {
        if (o.el === el || o.el.contains(el) || el.contains(o.el)) return false;
        if (distToRect(c, o.r) < 12) return true;
        const undersized = o.r.width < 23.5 || o.r.height < 23.5;
        const oc = centre(o.r);
        return undersized && Math.hypot(c.x - oc.x, c.y - oc.y) < 24;
      });
    })
    .map(({ el, r }) => `${describe(el)} is ${Math.round(r.width)}x${Math.round(r.height)} px and too close to another target`);
}

/**
 * What the focused element is and whether a person can see that it has focus: it is on screen
 * and draws an outline (or a box-shadow ring) of at least 1 px. `mark` is the data-kb-target
 * keyboardTargets() put on it, if any.
 */
export function focusState(): { tag: string; key: string; visible: boolean; ring: boolean; isBody: boolean; mark: string | null } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement)
    return { tag: 'body', key: 'body', visible: false, ring: false, isBody: true, mark: null };
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
  const shadow = cs.boxShadow !== 'none';
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const key = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text}"`;
  return {
    tag: el.tagName.toLowerCase(),
    key,
    visible: onScreen && el.checkVisibility({ visibilityProperty: true }),
    ring: outline || shadow,
    isBody: false,
    mark: el.dataset.kbTarget ?? null,
  };
}

/** Identifies each control and chart the keyboard must reach, as a key the Tab walk can match. */
export function keyboardTargets(): string[] {
  const all = [...document.querySelectorAll<HTMLElement>('button, summary, select, input:not([type="hidden"]), .plot[tabindex]')];
  return all
    .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !(el as HTMLButtonElement).disabled)
    .map((el, i) => {
      el.dataset.kbTarget = String(i);
      return `${el.tagName.toLowerCase()}[${i}] "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    });
}

/**
 * Every element (and its ::before/::after) that would still animate: a transition or an
 * animation with a non-zero duration. Returns one line per offender.
 */
export function runningMotion(): string[] {
  const moving = (cs: CSSStyleDeclaration) => {
    const secs = (list: string) => list.split(',').some((t) => parseFloat(t) > 0);
    const transition = cs.transitionProperty !== 'none' && secs(cs.transitionDuration);
    const animation = cs.animationName !== 'none' && secs(cs.animationDuration);
    return transition || animation;
  };
  const out: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const pseudo of [null, '::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (moving(cs))
        out.push(
          `${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.className}: transition ${cs.transitionDuration}, animation ${cs.animationName} ${cs.animationDuration}`,
        );
    }
  }
  return out;
}

/**
 * With scripts off, what a reader of <main> can see: its text length, and its tables and charts.
 * Lists every block of text, table or chart that CSS hides although no script is there to show
 * it. Hidden by design and so not counted: [hidden] (controls that need a script), closed
 * <details> (one click opens them), the narrow chart drawing at wide widths and its annotation
 * key (the wide drawing shows the same marks), and .print-only blocks (made for paper).
 */
export function contentWithoutScripts(): { textLength: number; tables: number; charts: number; chartsDrawn: number; hidden: string[] } {
  const main = document.querySelector('main');
  if (!main) return { textLength: 0, tables: 0, charts: 0, chartsDrawn: 0, hidden: ['no <main>'] };
  const byDesign = (el: Element) => !!el.closest('[hidden], details:not([open]) > :not(summary), .annotation-key, .chart-svg.narrow, .print-only');
  const hidden = [...main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, blockquote, table, svg.chart-svg')]
    .filter((el) => !byDesign(el) && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
    .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${(el.textContent ?? '').trim().slice(0, 50)}`);
  const charts = [...main.querySelectorAll('figure.chart')];
  const chartsDrawn = charts.filter((f) =>
    [...f.querySelectorAll('svg.chart-svg')].some((svg) => svg.checkVisibility() && svg.querySelectorAll('.marks path, .marks rect, .marks circle').length > 0),
  ).length;
  return { textLength: main.innerText.trim().length, tables: main.querySelectorAll('table').length, charts: charts.length, chartsDrawn, hidden };
}

/**
 * Text a reader or a screen reader meets: the title, text nodes, labels, alt text, placeholders and
 * the description/Open Graph metadata, outside scripts, styles and passages marked as English (the
 * glossary's English names and definitions). Run in the page, after its scripts have run.
 */
export function readerText(): string {
  const out: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      if (n.closest('script, style, [lang="en"]')) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) if (n.getAttribute(a)) out.push(n.getAttribute(a)!);
    } else if (!n.parentElement?.closest('script, style, [lang="en"]')) out.push(n.textContent ?? '');
  }
  for (const m of document.querySelectorAll('meta[name="description"], meta[property^="og:"]')) out.push(m.getAttribute('content') ?? '');
  return out.join('\n');
}
