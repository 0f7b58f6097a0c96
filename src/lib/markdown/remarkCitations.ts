/**
 * Turns `[@source-id]` into a formatted citation linked to /sources/#source-id. Also accepted:
 * `[@id via intermediary-id, …]` to name where a value was read, and `[@id, locator]` for a place in
 * the work. An unknown id, a citation that would read as part of a sentence, or a disagreement
 * between the citations (plus the chapter's `basis`) and the frontmatter `sources` list stops the
 * build naming the chapter file and the id.
 */
import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { indexed } from '../content/contentIndex';
import { CITATION_MARKER, formatSourceShort, parseCitation } from '../format/citeSource';

import { fileLabel, frontmatterOf, langOfFile } from './vfileInfo';
import { PAGES } from '../../i18n/locales';

/**
 * A citation is set as a note of its own, not inside a clause: "Ibid." style text such as
 * "at 1,566,420 [@x]" would print the author and title as if they were words of the sentence. So a
 * marker must open the note or follow punctuation (: ; , ( — –) or a word that introduces a source.
 */
const INTRODUCED = /(?:^|[:;,(—–]|\b(?:from|in|see|and|by|of|also|with|to|on|cf\.|de|en|y|por|con|véase))\s*$/i;

export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const sources = new Map(indexed('sources').map((s) => [s.id, s.data]));
    const where = fileLabel(file);
    const lang = langOfFile(file);
    const cited = new Set<string>();
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(CITATION_MARKER)) {
        const ref = parseCitation(m[1]!);
        if (!ref) throw new Error(`${where}: "[@${m[1]}]" is not a citation; expected [@id], [@id via intermediary-id], [@id direct] or [@id, locator]`);
        const source = sources.get(ref.id);
        if (!source)
          throw new Error(`${where}: cites unknown source "${ref.id}"; expected an id from content/sources.yaml (${[...sources.keys()].join(', ')})`);
        const before = node.value.slice(last, m.index);
        if (!INTRODUCED.test(node.value.slice(0, m.index))) {
          throw new Error(
            `${where}: the citation [@${m[1]}] follows "${before.trim().slice(-30)}" and would read as part of the sentence; put it after a colon, semicolon or "from", or in parentheses`,
          );
        }
        let text: string;
        try {
          text = formatSourceShort(source, lang, ref);
        } catch (err) {
          throw new Error(`${where}: [@${m[1]}]: ${(err as Error).message}`, { cause: err });
        }
        cited.add(ref.id);
        if (m.index > last) parts.push({ type: 'text', value: before });
        parts.push({
          type: 'link',
          url: `${PAGES.sources[lang]}#${ref.id}`,
          data: { hProperties: { className: ['citation'] } },
          children: [{ type: 'text', value: text }],
        });
        last = m.index + m[0].length;
      }
      if (!parts.length) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return index + parts.length;
    });
    const fm = frontmatterOf(file);
    if (typeof fm.basis === 'string') {
      if (!sources.has(fm.basis)) throw new Error(`${where}: field "basis" names unknown source "${fm.basis}"; expected an id from content/sources.yaml`);
      cited.add(fm.basis);
    }
    const listed = new Set((Array.isArray(fm.sources) ? fm.sources : []).map(String));
    for (const id of listed) {
      if (!sources.has(id)) throw new Error(`${where}: field "sources" names unknown source "${id}"; expected an id from content/sources.yaml`);
      if (!cited.has(id)) throw new Error(`${where}: field "sources" lists "${id}" but the body never cites [@${id}]; remove it or cite it`);
    }
    for (const id of cited) {
      if (!listed.has(id)) throw new Error(`${where}: cites [@${id}] but field "sources" does not list "${id}"; add it`);
    }
  };
}
