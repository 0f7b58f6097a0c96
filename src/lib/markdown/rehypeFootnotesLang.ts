/**
 * GFM footnotes are labelled once in the processor config, in English; Spanish chapters get their
 * own label ("Notas") and back-link names here.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { langOfFile } from './vfileInfo';

export default function rehypeFootnotesLang() {
  return (tree: Root, file: VFile) => {
    if (langOfFile(file) !== 'es') return;
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === 'footnote-label') node.children = [{ type: 'text', value: 'Notas' }];
      const label = node.properties.ariaLabel;
      if (node.tagName === 'a' && typeof label === 'string' && label.startsWith('Back to reference ')) {
        node.properties.ariaLabel = label.replace('Back to reference ', 'Volver a la referencia ');
      }
    });
  };
}
