/**
 * Turns `[@source-id]` into a formatted citation linked to /sources/#source-id. An unknown id, or a
 * disagreement between the citations and the frontmatter `sources` list, stops the build naming the
 * chapter file and the id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentDir, readYaml } from '../content/contentIndex';
import { formatSourceShort } from '../format/citation';
import type { Source } from '../../schemas/source';
import { fileLabel, frontmatterOf, langOfFile } from './vfileInfo';
import { PAGES } from '../../i18n/locales';

const CITATION = /\[@([a-z0-9-]+)\]/g;

function loadSources(): Map<string, Source> {
  const file = path.join(contentDir(), 'sources.yaml');
  const list = fs.existsSync(file) ? (readYaml(file) as Source[]) : [];
  return new Map(list.map((s) => [s.id, s]));
}

export default function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const sources = loadSources();
    const where = fileLabel(file);
    const lang = langOfFile(file);
    const cited = new Set<string>();
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of node.value.matchAll(CITATION)) {
        const id = m[1];
        const source = sources.get(id);
        if (!source) throw new Error(`${where}: cites unknown source "${id}"; expected an id from content/sources.yaml (${[...sources.keys()].join(', ')})`);
        cited.add(id);
        if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
        parts.push({
          type: 'link',
          url: `${PAGES.sources[lang]}#${id}`,
          data: { hProperties: { className: ['citation'] } },
          children: [{ type: 'text', value: formatSourceShort(source, lang) }],
        });
        last = m.index + m[0].length;
      }
      if (!parts.length) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return index + parts.length;
    });
    const fm = frontmatterOf(file);
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
