import path from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../../i18n/locales';

/** The chapter file being compiled, relative to the project root, for error messages. */
export const fileLabel = (file: VFile) => (file.path ? path.relative(process.cwd(), file.path) : '<unknown file>');

/** Raw frontmatter of the file being compiled (set by Astro before remark plugins run). */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/** Compares heading text typed by an author with what smartypants made of it. */
export const normaliseText = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\s+/g, ' ').trim();

/** Spanish chapters live under content/es/; everything else is English. */
export const langOfFile = (file: VFile): Lang => (file.path && /[\\/]content[\\/]es[\\/]/.test(file.path) ? 'es' : 'en');

/** The chapter's slug: the file name without extension. */
export const slugOfFile = (file: VFile) => (file.path ? path.basename(file.path).replace(/\.mdx$/, '') : '');
