/**
 * Every element of an HTML page with its attributes as written (names lower-case, values decoded),
 * read with hast's parser: comments, <script> and <style> text and <title> are text, not markup, as a
 * browser reads them. Used by the link check and the tests that look inside built pages.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased, values with character references decoded. */
  attrs: Map<string, string>;
}

/** A hast property back to the attribute a page author wrote. */
function attribute(key: string, value: unknown): [string, string] | undefined {
  if (value === false || value === null || value === undefined) return undefined;
  const info = find(htmlSchema, key);
  const text = Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : value === true ? '' : String(value);
  return [info.attribute.toLowerCase(), text];
}

export function htmlTags(source: string | Root): Tag[] {
  const tree = typeof source === 'string' ? fromHtml(source) : source;
  const tags: Tag[] = [];
  visit(tree, 'element', (el: Element) => {
    const attrs = new Map<string, string>();
    for (const [key, value] of Object.entries(el.properties ?? {})) {
      const pair = attribute(key, value);
      if (pair) attrs.set(...pair);
    }
    tags.push({ name: el.tagName.toLowerCase(), attrs });
  });
  return tags;
}
