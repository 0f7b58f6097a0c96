/** A "$" directly before a number (or a sign and a number) that is not part of "US$": to a Mexican reader, pesos. */
export const PESO_LOOKING = /(?<!US)\$\s?[−-]?\d/;
