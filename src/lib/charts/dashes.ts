/**
 * Stroke dash patterns per series index (solid first), so lines stay apart in greyscale print and for
 * readers who cannot tell the series colours (src/styles/colors.css) apart.
 */
export const SERIES_DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
