/**
 * Ready citations for a chapter, section or figure of the briefing, in Chicago, APA, BibTeX and
 * RIS. Each carries the permalink, the latest revision date and the reader's access date. The words
 * of Chicago and APA are templates from the dictionary (src/i18n/), passed in, because this also runs
 * in the browser (src/scripts/citations.ts), which gets them from the page's client strings.
 */
import { formatMonthDay, formatUsDate, isoDate } from './dates';

export interface CiteInput {
  /** Title of what is cited (chapter, or "Section — Chapter", or "Figure 2.1: …"). */
  title: string;
  /** Absolute permalink. */
  url: string;
  /** Latest revision date of the chapter. */
  revised: Date;
  accessed: Date;
  /** Short key part for BibTeX, e.g. "migration-surge-2021". */
  key: string;
  site: string;
  /** Language of the cited page: Spanish citations follow the Spanish editions of Chicago and APA. */
  lang?: 'en' | 'es';
}

/** The dictionary's templates: `{site}`, `{title}`, `{url}`, `{revised}`, `{accessed}`, `{year}`, `{monthDay}`. */
export interface CiteTemplates {
  chicago: string;
  apa: string;
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
const risDay = (d: Date) => isoDate(d).replace(/-/g, '/');

export function citations(c: CiteInput, templates: CiteTemplates): Record<'Chicago' | 'APA' | 'BibTeX' | 'RIS', string> {
  const lang = c.lang ?? 'en';
  const vars = {
    site: c.site,
    title: c.title,
    url: c.url,
    revised: formatUsDate(c.revised, lang),
    accessed: formatUsDate(c.accessed, lang),
    year: String(c.revised.getUTCFullYear()),
    monthDay: formatMonthDay(c.revised, lang),
  };
  return {
    Chicago: fill(templates.chicago, vars),
    APA: fill(templates.apa, vars),
    BibTeX: [
      `@online{${c.site.toLowerCase()}-${c.key}-${vars.year},`,
      `  author = {{${c.site}}},`,
      `  title = {${c.title}},`,
      `  date = {${isoDate(c.revised)}},`,
      `  urldate = {${isoDate(c.accessed)}},`,
      `  url = {${c.url}},`,
      `  organization = {${c.site}},`,
      `  langid = {${lang === 'es' ? 'spanish' : 'english'}}`,
      `}`,
    ].join('\n'),
    RIS: [
      'TY  - ELEC',
      `AU  - ${c.site}`,
      `TI  - ${c.title}`,
      `DA  - ${risDay(c.revised)}`,
      `Y2  - ${risDay(c.accessed)}`,
      `UR  - ${c.url}`,
      `PB  - ${c.site}`,
      `LA  - ${lang}`,
      'ER  - ',
    ].join('\n'),
  };
}
