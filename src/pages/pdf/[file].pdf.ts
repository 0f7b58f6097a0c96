import type { GetStaticPaths } from 'astro';
import { pdfPaths, placeholderResponse } from '../../lib/print/placeholderPdf';

export const getStaticPaths = (() => pdfPaths('en')) satisfies GetStaticPaths;
export const GET = placeholderResponse;
