/**
 * Series colours, one palette for light and dark themes. Chosen by a search over hue and lightness for
 * the largest worst-case difference: each passes 3:1 against its background and stays distinct under simulated
 * colour-vision deficiencies (see tests/unit/palette.test.ts). Lines also differ by dash pattern,
 * so a greyscale print keeps them apart.
 */
export const LIGHT_BG = '#fdfcf8';
export const DARK_BG = '#15171a';

export const SERIES_COLOURS = {
  light: ['#0b5e6b', '#e6550c', '#ac47de', '#6d1706'],
  dark: ['#6fc3cf', '#c33d22', '#9167e4', '#f9f992'],
} as const;

/** Stroke dash patterns per series index (solid first). */
export const SERIES_DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
