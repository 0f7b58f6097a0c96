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
  /** Language of the cited page: Spanish citations follow the Spanish editions of Chicago and APA. */
  lang?: 'en' | 'es';
}

// Month names of its own: this module also runs in the browser (src/scripts/citations.ts), where d3's
// time locale would add weight for two dozen words.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
export const usDate = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
export const esDate = (d: Date) => `${d.getUTCDate()} de ${MESES[d.getUTCMonth()]} de ${d.getUTCFullYear()}`;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const risDay = (d: Date) => isoDay(d).replace(/-/g, '/');

export function citations(c: CiteInput): Record<'Chicago' | 'APA' | 'BibTeX' | 'RIS', string> {
  const y = c.revised.getUTCFullYear();
  const es = c.lang === 'es';
  return {
    Chicago: es
      ? `${c.site}. “${c.title}”. ${c.site}: análisis de la relación entre México y Estados Unidos. Última modificación: ${esDate(c.revised)}. Consultado el ${esDate(c.accessed)}. ${c.url}.`
      : `${c.site}. “${c.title}.” ${c.site}: A Briefing on U.S.–Mexico Relations. Last modified ${usDate(c.revised)}. Accessed ${usDate(c.accessed)}. ${c.url}.`,
    APA: es
      ? `${c.site}. (${y}, ${c.revised.getUTCDate()} de ${MESES[c.revised.getUTCMonth()]}). ${c.title}. ${c.site}: análisis de la relación entre México y Estados Unidos. Recuperado el ${esDate(c.accessed)}, de ${c.url}`
      : `${c.site}. (${y}, ${MONTHS[c.revised.getUTCMonth()]} ${c.revised.getUTCDate()}). ${c.title}. ${c.site}: A briefing on U.S.–Mexico relations. Retrieved ${usDate(c.accessed)}, from ${c.url}`,
    BibTeX: [
      `@online{${c.site.toLowerCase()}-${c.key}-${y},`,
      `  author = {{${c.site}}},`,
      `  title = {${c.title}},`,
      `  date = {${isoDay(c.revised)}},`,
      `  urldate = {${isoDay(c.accessed)}},`,
      `  url = {${c.url}},`,
      `  organization = {${c.site}},`,
      `  langid = {${es ? 'spanish' : 'english'}}`,
      `}`,
    ].join('\n'),
    RIS: ['TY  - ELEC', `AU  - ${c.site}`, `TI  - ${c.title}`, `DA  - ${risDay(c.revised)}`, `Y2  - ${risDay(c.accessed)}`, `UR  - ${c.url}`, `PB  - ${c.site}`, `LA  - ${es ? 'es' : 'en'}`, 'ER  - '].join('\n'),
  };
}
