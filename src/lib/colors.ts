/**
 * The site's colours, read from their one source, src/styles/colors.css, for what cannot use CSS
 * custom properties: social cards (drawn to PNG at build) and the browser's theme colour.
 */
import css from '../styles/colors.css?raw';

export type Theme = 'light' | 'dark' | 'print';

/** Custom properties (without "--") by theme, from the :root blocks of a stylesheet. */
export function parseColors(source: string): Record<Theme, Record<string, string>> {
  const block = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const root = source.match(/^:root\s*\{([^}]*)\}/m)?.[1] ?? '';
  const gap = String.raw`(?:\s|/\*[\s\S]*?\*/)*`; // white space and comments
  const dark = source.match(new RegExp(String.raw`prefers-color-scheme:\s*dark\)\s*\{${gap}:root\s*\{([^}]*)\}`))?.[1] ?? '';
  const print = source.match(new RegExp(String.raw`@media print\s*\{${gap}:root\s*\{([^}]*)\}`))?.[1] ?? '';
  const light = block(root);
  return { light, dark: { ...light, ...block(dark) }, print: { ...light, ...block(print) } };
}

export const COLORS = parseColors(css);

/** The series colours of a theme, in order. */
export const seriesColors = (theme: Theme) =>
  Object.keys(COLORS[theme])
    .filter((k) => /^series-\d+$/.test(k))
    .sort()
    .map((k) => COLORS[theme][k]!);
