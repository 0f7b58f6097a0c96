/**
 * A footnote marker whose definition is missing is not a footnote to the Markdown parser: it stays
 * in the text as "[^name]" and reaches the reader. This stops the build instead, naming the chapter,
 * the line and the marker.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileLabel } from './vfileInfo';

export default function remarkFootnoteRefs() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'text', (node: Text) => {
      const marker = node.value.match(/\[\^[^\]\s]+\]/);
      if (marker)
        throw new Error(
          `${fileLabel(file)}:${node.position?.start.line ?? 0}: footnote ${marker[0]} has no definition; expected a line "${marker[0]}: …" at the end of the chapter`,
        );
    });
  };
}
