/** The two editions. English lives at the root, Spanish under /es/. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-MX' };
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_MX' };

/** Prefix for a language's pages: "" for English, "/es" for Spanish. */
export const base = (lang: Lang) => (lang === 'en' ? '' : '/es');

/** A chapter's page: "/migration/", "/es/migracion/". */
export const chapterHref = (lang: Lang, slug: string) => `${base(lang)}/${slug}/`;

/** The folder of every figure's downloadable drawings: /charts/, /es/graficas/. */
export const figureFileDir = (lang: Lang) => `${base(lang)}/${lang === 'es' ? 'graficas' : 'charts'}/`;
/** A figure's downloadable drawing: /charts/trade/us-mexico-trade.png, /es/graficas/comercio/us-mexico-trade.png. */
export const figureFileHref = (lang: Lang, chapter: string, figure: string, ext: 'svg' | 'png') => `${figureFileDir(lang)}${chapter}/${figure}.${ext}`;
/** A dataset's CSV file, the same for both editions: /data/us-mexico-goods-trade.csv. */
export const dataFileHref = (dataset: string) => `/data/${dataset}.csv`;
/** A figure alone, for other sites to frame: /embed/trade/us-mexico-trade/, /es/insertar/comercio/us-mexico-trade/. */
export const EMBED_DIR: Record<Lang, string> = { en: 'embed', es: 'insertar' };
export const figureEmbedHref = (lang: Lang, chapter: string, figure: string) => `${base(lang)}/${EMBED_DIR[lang]}/${chapter}/${figure}/`;
/** A figure's share page, which forwards to the figure: /trade/f/us-mexico-trade/. */
export const figureShareHref = (lang: Lang, chapter: string, figure: string) => `${chapterHref(lang, chapter)}f/${figure}/`;

/** The language of a URL path. */
export const langOf = (pathname: string): Lang => (pathname === '/es' || pathname.startsWith('/es/') ? 'es' : 'en');

/** Fixed page paths per language (chapters use their own slugs). */
export const PAGES = {
  home: { en: '/', es: '/es/' },
  glossary: { en: '/glossary/', es: '/es/glosario/' },
  timeline: { en: '/timeline/', es: '/es/cronologia/' },
  data: { en: '/data/', es: '/es/datos/' },
  sources: { en: '/sources/', es: '/es/fuentes/' },
  print: { en: '/print/', es: '/es/imprimir/' },
  topics: { en: '/topics/', es: '/es/temas/' },
  pillars: { en: '/pillars/', es: '/es/pilares/' },
  rss: { en: '/rss.xml', es: '/es/rss.xml' },
  pdf: { en: '/pdf/', es: '/es/pdf/' },
  notFound: { en: '/404.html', es: '/es/404.html' },
  /** Offline reading: what is saved on this device; also what an unsaved address shows offline. */
  offline: { en: '/offline/', es: '/es/sin-conexion/' },
} as const satisfies Record<string, Record<Lang, string>>;

/** File name (under PAGES.pdf) of the whole briefing's PDF. */
export const BRIEFING_PDF: Record<Lang, string> = { en: 'intermestic-briefing', es: 'intermestic-informe' };

/** Files both editions share, named once for the pages that link them and the service worker that saves them. */
export const SITE_FILES = {
  favicon: '/favicon.svg',
  /** Running heads for paper, generated from the chapters (src/pages/print/running-heads.css.ts). */
  runningHeads: '/print/running-heads.css',
  /** The service worker: at the root, so its scope is the whole site (src/pages/sw.js.ts). */
  serviceWorker: '/sw.js',
} as const;
