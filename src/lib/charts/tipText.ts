/**
 * The tooltip's words for a value, made in the browser from the table cell already on the page, so a
 * chart ships its values once (in the table) instead of again in a JSON block. The build writes two
 * templates on the figure — how a table cell is written ("{n}", "{n} ({kg} kg)") and how the tooltip
 * writes the same value ("{sign}${n} million", "{sign}{n} lb ({kg} kg)") — both read from the
 * dictionary (valueTemplates in format.ts), and the island fills one from the other. This file imports
 * nothing, so the browser gets no dictionary with it. Pure, so it is unit-tested against
 * formatExactWithUnit for every value the site charts.
 */
/** The templates a figure carries (see valueTemplates in format.ts, which makes them from the dictionary). */
export interface ValueTemplates {
  /** How the table writes a value: placeholders {n} (the number with its sign) and {kg}. */
  cell: string;
  /** How the tooltip writes it: placeholders {sign}, {n} (without sign) and {kg}. */
  tip: string;
}

const MINUS = /^[−-]/;

/** A table cell's text as the tooltip writes it; text that does not fit the cell template comes back as it is. */
export function tipText(cell: string, { cell: cellTemplate, tip }: ValueTemplates): string {
  const parts = cellTemplate.split(/\{(\w+)\}/);
  const names = parts.filter((_, i) => i % 2 === 1);
  const pattern = parts.map((p, i) => (i % 2 === 1 ? '(.+?)' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const match = new RegExp(`^${pattern}$`).exec(cell.trim());
  if (!match) return cell.trim();
  const vars: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, match[i + 1]!]));
  const n = vars.n ?? '';
  vars.sign = MINUS.exec(n)?.[0] ?? '';
  vars.n = n.replace(MINUS, '');
  return tip.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
