/**
 * Which provenance entry of a dataset covers a value (a period of a column, and in long-format
 * files a group), and the check that every value is covered exactly once. Pure: the loader reports
 * problems with the file's name.
 */
import type { DatasetMeta, Provenance } from '../../schemas/dataset';

type Meta = Pick<DatasetMeta, 'columns' | 'period' | 'provenance' | 'groupColumn'>;

/** Numeric columns other than the period: the values a chart, table or reader can quote. */
export const valueColumns = (meta: Pick<DatasetMeta, 'columns' | 'period'>) =>
  meta.columns.filter((c) => (c.type === 'integer' || c.type === 'number') && c.name !== meta.period.column).map((c) => c.name);

const covers = (p: Provenance, period: string, column: string, group?: string) =>
  (!p.from || period >= p.from) &&
  (!p.to || period <= p.to) &&
  (!p.columns || p.columns.includes(column)) &&
  (!p.groups || group === undefined || p.groups.includes(group));

/** The entry covering `period` of `column` (for `group` in long-format data), or undefined. */
export function provenanceOf(provenance: Provenance[], period: string, column: string, group?: string): Provenance | undefined {
  return provenance.find((p) => covers(p, period, column, group));
}

/**
 * One message per value nobody dated or dated twice, and per entry naming a column, period or group
 * that does not exist. `cells` lists the period (and group) of each CSV row.
 */
export function checkProvenance(meta: Meta, cells: { period: string; group?: string }[]): string[] {
  const problems: string[] = [];
  const columns = valueColumns(meta);
  const names = meta.columns.map((c) => c.name);
  const periods = new Set(cells.map((c) => c.period));
  const groups = new Set(cells.map((c) => c.group).filter((g): g is string => g !== undefined));
  meta.provenance.forEach((p, i) => {
    for (const c of p.columns ?? [])
      if (!columns.includes(c))
        problems.push(`field "provenance.${i}.columns": "${c}" is not a numeric column (${columns.join(', ')})${names.includes(c) ? '' : ' of this dataset'}`);
    for (const key of ['from', 'to'] as const) {
      const v = p[key];
      if (v !== undefined && !periods.has(v)) problems.push(`field "provenance.${i}.${key}": "${v}" is not a period in the CSV`);
    }
    for (const g of p.groups ?? [])
      if (!groups.has(g))
        problems.push(
          `field "provenance.${i}.groups": "${g}" is not a value of the group column${meta.groupColumn ? ` "${meta.groupColumn}"` : ' (this dataset has none)'}`,
        );
  });
  for (const { period, group } of cells) {
    for (const column of columns) {
      const hits = meta.provenance.map((p, i) => (covers(p, period, column, group) ? i : -1)).filter((i) => i >= 0);
      const what = `${column} for ${period}${group === undefined ? '' : ` (${group})`}`;
      if (hits.length === 0) problems.push(`field "provenance": nothing says when ${what} was published; add an entry covering it`);
      else if (hits.length > 1) problems.push(`field "provenance": ${what} is covered by entries ${hits.join(' and ')}; expected exactly one`);
    }
  }
  return problems;
}
