/**
 * Ready citations for a chapter, section or figure of the briefing, in Chicago, APA, BibTeX and
 * RIS. Each carries the permalink, the latest revision date and the reader's access date.
 */
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
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const usDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const risDay = (d: Date) => isoDay(d).replace(/-/g, '/');

export function citations(c: CiteInput): Record<'Chicago' | 'APA' | 'BibTeX' | 'RIS', string> {
  const y = c.revised.getUTCFullYear();
  return {
    Chicago: `${c.site}. “${c.title}.” ${c.site}: A Briefing on U.S.–Mexico Relations. Last modified ${usDate(c.revised)}. Accessed ${usDate(c.accessed)}. ${c.url}.`,
    APA: `${c.site}. (${y}, ${MONTHS[c.revised.getUTCMonth()]} ${c.revised.getUTCDate()}). ${c.title}. ${c.site}: A briefing on U.S.–Mexico relations. Retrieved ${usDate(c.accessed)}, from ${c.url}`,
    BibTeX: [
      `@online{${c.site.toLowerCase()}-${c.key}-${y},`,
      `  author = {{${c.site}}},`,
      `  title = {${c.title}},`,
      `  date = {${isoDay(c.revised)}},`,
      `  urldate = {${isoDay(c.accessed)}},`,
      `  url = {${c.url}},`,
      `  organization = {${c.site}}`,
      `}`,
    ].join('\n'),
    RIS: ['TY  - ELEC', `AU  - ${c.site}`, `TI  - ${c.title}`, `DA  - ${risDay(c.revised)}`, `Y2  - ${risDay(c.accessed)}`, `UR  - ${c.url}`, `PB  - ${c.site}`, 'ER  - '].join('\n'),
  };
}
