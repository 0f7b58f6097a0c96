/**
 * Puts a dataset's Spanish words (content/es/data/<id>.yaml) over its English metadata. Everything
 * that is a fact (sources, periods, units, flag kinds, column types) stays the English file's; only
 * reader-facing text is replaced, and every piece of it must be translated, so a chart can never show
 * an English label on a Spanish page. Throws naming the Spanish file and the missing field.
 */
import type { DatasetMeta } from '../../schemas/dataset';
import type { DatasetEs } from '../../schemas/translations';
import type { Row } from './parseCsv';

export function localizeDatasetMeta(meta: DatasetMeta, es: DatasetEs, rows: Row[], file: string): DatasetMeta {
  const fail = (field: string, expected: string) => {
    throw new Error(`${file}: field "${field}": ${expected}`);
  };
  const columns = meta.columns.map((c) => {
    const words = es.columns[c.name];
    if (c.label && !words) fail(`columns.${c.name}`, `missing; expected a Spanish label for the column "${c.name}" ("${c.label}")`);
    if (c.shortLabel && !words?.shortLabel) fail(`columns.${c.name}.shortLabel`, `missing; expected a Spanish short label for "${c.shortLabel}"`);
    return words ? { ...c, label: words.label, ...(words.shortLabel ? { shortLabel: words.shortLabel } : {}) } : c;
  });
  for (const name of Object.keys(es.columns))
    if (!meta.columns.some((c) => c.name === name)) fail(`columns.${name}`, 'names no column of the English metadata');
  const flags = meta.flags.map((f) => {
    const note = es.flags[f.period];
    if (!note) fail(`flags.${f.period}`, `missing; expected the Spanish note for the ${f.kind} flag on ${f.period}`);
    return { ...f, note: note! };
  });
  if (es.notes.length !== meta.notes.length) fail('notes', `has ${es.notes.length} notes; expected ${meta.notes.length}, one per English note`);
  const valueLabels: Record<string, Record<string, string>> = {};
  if (meta.groupColumn) {
    const labels = es.values[meta.groupColumn] ?? {};
    for (const v of new Set(rows.map((r) => String(r[meta.groupColumn!])))) {
      if (!labels[v]) fail(`values.${meta.groupColumn}.${v}`, `missing; expected the Spanish name of "${v}"`);
    }
    valueLabels[meta.groupColumn] = labels;
  }
  return { ...meta, title: es.title, description: es.description, unit: { ...meta.unit, label: es.unitLabel }, columns, flags, notes: es.notes, valueLabels };
}
