/**
 * Adds a "link to this section" control after every h2 and h3 of a chapter. It is a real link to
 * the heading's anchor (so it works without JavaScript); src/scripts/copyLink.ts upgrades it to copy
 * the full URL and announce "Link copied". h2s also get a share control pointing at the section's
 * share page (/<chapter>/s/<section>/), whose social card shows that section.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../../i18n/ui';
import { langOfFile, slugOfFile } from './vfileInfo';
import { chapterHref } from '../../i18n/locales';

const icon = (d: string): Element => ({
  type: 'element',
  tagName: 'svg',
  properties: { width: '16', height: '16', viewBox: '0 0 16 16', ariaHidden: 'true', focusable: 'false' },
  children: [
    { type: 'element', tagName: 'path', properties: { d, fill: 'none', stroke: 'currentColor', strokeWidth: '1.6', strokeLinecap: 'round' }, children: [] },
  ],
});
const LINK = 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8';
const SHARE = 'M8 10V2.5M5 5.5l3-3 3 3M3.5 8.5v4.5h9V8.5';

export default function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file);
    const chapter = chapterHref(lang, slugOfFile(file));
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      if (id === 'footnote-label') return;
      const text = toString(node);
      const controls: Element[] = [
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link', 'no-print'], href: `#${id}`, dataCopyLink: '', ariaLabel: t(lang, 'link.copySection', { title: text }) },
          children: [icon(LINK)],
        },
      ];
      if (node.tagName === 'h2' && file.path) {
        controls.push({
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['heading-link', 'no-print'],
            href: `${chapter}s/${id}/`,
            dataShare: '',
            dataShareTitle: text,
            ariaLabel: t(lang, 'link.shareSection', { title: text }),
          },
          children: [icon(SHARE)],
        });
      }
      node.children.push({ type: 'element', tagName: 'span', properties: { className: ['heading-controls'] }, children: controls });
    });
  };
}
