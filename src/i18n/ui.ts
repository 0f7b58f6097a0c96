/**
 * The interface dictionary: every word the site writes that is not content, once per language
 * (src/i18n/en.ts, src/i18n/es.ts). Components, charts, formats and client scripts ask for a key;
 * no interface text is written inline, so a Spanish page cannot show English chrome (tests scan for it).
 */
import type { Lang } from './locales';
import { en } from './en.ts';
import { es } from './es.ts';

export type UiKey = keyof typeof en;

const DICTS: Record<Lang, Record<UiKey, string>> = { en, es };

/** The interface string `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = DICTS[lang][key];
  // Most strings have no placeholder, and every page asks for many: those are returned as they are.
  return text.includes('{') ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
}

/** The string split at its placeholders: even items are text, odd items placeholder names. */
export const tParts = (lang: Lang, key: UiKey): string[] => DICTS[lang][key].split(/\{(\w+)\}/);

/** English interface strings long enough to be unmistakable on a Spanish page (used by tests). */
export const englishStrings = (): string[] => Object.values(en).filter((s) => s.length >= 8 && !s.includes('{') && !Object.values(es).includes(s));

/** The strings client scripts need, for a page in `lang` (embedded once per page as JSON). */
const CLIENT_KEYS = [
  'link.copied',
  'link.copyFailed',
  'cite.copied',
  'embed.copied',
  'cite.copyFailed',
  'search.searching',
  'search.none',
  'search.one',
  'search.many',
  'chart.interactive',
  'chart.total',
  'chart.rangeShown',
  'print.printed',
  'cite.chicago',
  'cite.apa',
  'search.offline',
  'offline.saving',
  'offline.remove',
  'offline.removeItem',
  'offline.removed',
  'offline.failed',
  'offline.updated',
  'offline.dismiss',
] as const satisfies readonly UiKey[];
export type ClientKey = (typeof CLIENT_KEYS)[number];
export const clientStrings = (lang: Lang): Record<ClientKey, string> =>
  Object.fromEntries(CLIENT_KEYS.map((k) => [k, DICTS[lang][k]])) as Record<ClientKey, string>;
