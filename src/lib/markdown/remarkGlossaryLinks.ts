/**
 * Links the first use of each glossary term in a chapter to its entry on /glossary/. Headings,
 * existing links, footnote definitions and components are left alone.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { indexed } from '../content/contentIndex';
import { PAGES } from '../../i18n/locales';
import { langOfFile } from './vfileInfo';

const SKIPPED = new Set(['heading', 'link', 'linkReference', 'footnoteDefinition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'inlineCode', 'code']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function remarkGlossaryLinks() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file);
    const terms = indexed(lang === 'es' ? 'glossaryEs' : 'glossary').map((t) => ({ id: t.id, match: t.data.match }));
    const phrases = terms.flatMap((t) => t.match.map((phrase) => ({ phrase, id: t.id }))).sort((a, b) => b.phrase.length - a.phrase.length);
    if (!phrases.length) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map((p) => escape(p.phrase)).join('|')})(?![\\p{L}\\p{N}])`, 'u');
    const idOf = new Map(phrases.map((p) => [p.phrase, p.id]));
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      const parts: PhrasingContent[] = [];
      let rest = text.value;
      for (;;) {
        const m = pattern.exec(rest);
        if (!m) break;
        const id = idOf.get(m[1]!)!;
        const before = rest.slice(0, m.index + m[0].length);
        if (linked.has(id)) {
          parts.push({ type: 'text', value: before });
        } else {
          linked.add(id);
          if (m.index > 0) parts.push({ type: 'text', value: rest.slice(0, m.index) });
          parts.push({
            type: 'link',
            url: `${PAGES.glossary[lang]}#${id}`,
            data: { hProperties: { className: ['term'] } },
            children: [{ type: 'text', value: m[1]! }],
          });
        }
        rest = rest.slice(m.index + m[0].length);
      }
      if (!parts.length) return;
      if (rest) parts.push({ type: 'text', value: rest });
      const merged = parts.reduce<PhrasingContent[]>((acc, p) => {
        const prev = acc[acc.length - 1];
        if (p.type === 'text' && prev?.type === 'text') prev.value += p.value;
        else acc.push(p);
        return acc;
      }, []);
      parent.children.splice(index, 1, ...(merged as typeof parent.children));
      return [SKIP, index + merged.length];
    });
  };
}
