/** Interface words for client scripts, from the page's #ui-strings JSON (written by BaseLayout). */
import type { ClientKey } from '../i18n/ui';

let strings: Partial<Record<ClientKey, string>> | undefined;

export function ui(key: ClientKey, vars: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}') as Partial<Record<ClientKey, string>>;
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
