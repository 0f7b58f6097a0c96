/**
 * Gives every h2 the stable id declared in the chapter's `sections` frontmatter, and every h3 an id
 * derived from its text. Fails the build when the body and the declared sections disagree, so section
 * links and topic pages never point at a heading that moved or vanished.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileLabel, frontmatterOf, normaliseText } from './vfileInfo';

/** mdast-util-to-hast reads `data.hProperties`; mdast's own types do not declare it. */
const withId = (node: Heading, id: string) => {
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  node.data = { ...data, hProperties: { ...(data.hProperties ?? {}), id } } as Heading['data'];
};

interface DeclaredSection {
  id: string;
  heading: string;
}

export default function remarkSections() {
  return (tree: Root, file: VFile) => {
    const fm = frontmatterOf(file);
    const declared = (Array.isArray(fm.sections) ? fm.sections : []) as DeclaredSection[];
    const where = fileLabel(file);
    const slugger = new GithubSlugger();
    declared.forEach((s) => slugger.slug(String(s.id)));
    const h2s: Heading[] = [];
    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node);
      if (node.depth === 1) throw new Error(`${where}: a "# ${text}" heading in the body; the chapter title is the page's only h1, so start sections at "##"`);
      if (node.depth === 2) h2s.push(node);
      else withId(node, slugger.slug(text));
    });
    h2s.forEach((node, i) => {
      const text = normaliseText(toString(node));
      const section = declared[i];
      if (!section) throw new Error(`${where}: h2 "${text}" has no entry in frontmatter "sections"; expected one entry per h2, in order`);
      if (normaliseText(section.heading) !== text) {
        throw new Error(
          `${where}: field "sections.${i}.heading" is "${section.heading}" but h2 number ${i + 1} reads "${text}"; expected the same text, in the same order`,
        );
      }
      withId(node, section.id);
    });
    if (declared.length > h2s.length) {
      const missing = declared
        .slice(h2s.length)
        .map((s) => `"${s.heading}"`)
        .join(', ');
      throw new Error(`${where}: field "sections" lists ${missing} but the body has no such h2`);
    }
  };
}
