/**
 * Series colours, one palette for light and dark themes. Chosen from the Okabe–Ito set and darkened
 * or lightened until each passes 3:1 against its background and stays distinct under simulated
 * colour-vision deficiencies (see tests/unit/palette.test.ts). Lines also differ by dash pattern,
 * so a greyscale print keeps them apart.
 */
export const LIGHT_BG = '#fdfcf8';
export const DARK_BG = '#15171a';

export const SERIES_COLOURS = {
  light: ['#0b5e6b', '#c0501a', '#7a4ea3', '#6b6b00'],
  dark: ['#6fc3cf', '#f0a36b', '#c9a5ea', '#d6d36a'],
} as const;

/** Stroke dash patterns per series index (solid first). */
export const SERIES_DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
