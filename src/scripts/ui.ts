/** Interface words for client scripts, from the page's #ui-strings JSON (written by BaseLayout). */
import type { ClientKey } from '../i18n/ui';

let strings: Partial<Record<ClientKey, string>> | undefined;

/** The string as the dictionary writes it, placeholders kept (for templates filled elsewhere). */
export function uiTemplate(key: ClientKey): string {
  strings ??= JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Partial<Record<ClientKey, string>>;
  return strings[key] ?? key;
}

export function ui(key: ClientKey, vars: Record<string, string | number> = {}): string {
  return uiTemplate(key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
