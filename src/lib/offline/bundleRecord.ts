/**
 * What Vite wrote in this build, recorded as each environment is bundled (src/integrations/bundleRecord.ts)
 * and read when the service worker is generated, after every bundle and before pages are written:
 * the client files pages load (hashed styles and scripts under /_astro/), and a digest of every
 * output, templates included, for the build id. Kept on globalThis because the integration and the
 * endpoint that reads it are separate module instances, as with the content index.
 */
import { createHash } from 'node:crypto';

interface Record {
  /** Client files, as site paths ("/_astro/style.B4031gkt.css"). */
  assets: Set<string>;
  /** "<environment>:<file>" → sha256 of its content. */
  digests: Map<string, string>;
}

const KEY = Symbol.for('intermestic.bundle-record');
const holder = globalThis as typeof globalThis & { [KEY]?: Record };
const store = (): Record => (holder[KEY] ??= { assets: new Set(), digests: new Map() });

export interface BundleOutput {
  fileName: string;
  kind: 'chunk' | 'asset';
  content: string | Uint8Array;
}

/** Forgets an earlier build in the same process. */
export const resetBundleRecord = (): void => void (holder[KEY] = { assets: new Set(), digests: new Map() });

/**
 * Records one environment's output. Files pages load are everything the client build writes to
 * `assetsDir` ("_astro"), and the assets (not the code) other environments write there: Astro
 * builds the stylesheet with the pages and moves it beside the client's scripts. `root` (the project
 * folder) is taken out of the content first, so the same sources built elsewhere give the same digest.
 */
export function recordBundle(environment: string, outputs: readonly BundleOutput[], options: { root: string; assetsDir: string }): void {
  const record = store();
  for (const { fileName, kind, content } of outputs) {
    if (fileName.endsWith('.map')) continue;
    const text = typeof content === 'string' ? content.replaceAll(options.root, '') : content;
    record.digests.set(`${environment}:${fileName}`, createHash('sha256').update(text).digest('hex'));
    if (fileName.startsWith(`${options.assetsDir}/`) && (environment === 'client' || kind === 'asset')) record.assets.add(`/${fileName}`);
  }
}

/** The client files pages load, sorted. */
export const clientAssets = (): string[] => [...store().assets].sort();

/** One line per output file, sorted: what the build id hashes. */
export const bundleDigest = (): string =>
  [...store().digests]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, digest]) => `${file} ${digest}`)
    .join('\n');
