/**
 * Labels GFM footnotes in the chapter's language from the dictionary: the "Notes" heading and each
 * back-link's accessible name ("Back to reference 3", "Volver a la referencia 3").
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../../i18n/ui';
import { langOfFile } from './vfileInfo';

export default function rehypeFootnotesLang() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file);
    let note = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: t(lang, 'chapter.notes') }];
      if (node.tagName !== 'li' || !String(node.properties.id ?? '').startsWith('user-content-fn-')) return;
      // Each note's back-links, numbered as the notes are: "3", then "3-2" for its second use.
      note++;
      let use = 0;
      visit(node, 'element', (a: Element) => {
        if (a.tagName !== 'a' || a.properties.dataFootnoteBackref === undefined) return;
        use++;
        a.properties.ariaLabel = t(lang, 'chapter.backToReference', { n: use === 1 ? note : `${note}-${use}` });
      });
    });
  };
}
