/**
 * A small, dependency-free scanner for the HTML Astro writes to dist/: it finds every element's
 * tag and attributes, so the link checker can collect ids (anchor targets) and the URLs a page
 * refers to. It is not a full HTML parser; it only has to be right about tags and attributes, and
 * it skips the places where a "<" is not markup: comments and the raw text of script and style
 * (chart pages embed JSON in <script type="application/json">).
 */

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<([a-zA-Z][^\s/>]*)((?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Elements whose content is raw text, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m || m.index !== lt) {
      i = lt + 1;
      continue;
    }
    const name = m[1].toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of m[2].matchAll(ATTR)) {
      const key = a[1].toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attrs });
    i = TAG.lastIndex;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s>/]`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      i = found ? found.index : html.length;
    }
  }
  return tags;
}
