/** External links in content open normally but send no referrer and no opener handle. */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.href;
      if (node.tagName === 'a' && typeof href === 'string' && /^https?:\/\//.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.className = [...((node.properties.className as string[]) ?? []), 'external'];
      }
    });
  };
}
