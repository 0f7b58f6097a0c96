/**
 * /sw.js: the service worker (src/scripts/serviceWorker.ts) bundled into one classic script, which
 * every browser runs as a service worker, with this build's offline manifest on its first line. The
 * manifest carries the build id, so each build's /sw.js differs from the last one's and browsers
 * that have one installed fetch the new one on the reader's next visit online.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { OfflineManifest } from './manifest';

/** The global the service worker reads its manifest from (declared in src/scripts/serviceWorker.ts). */
export const MANIFEST_GLOBAL = 'OFFLINE_MANIFEST';
const ENTRY = 'src/scripts/serviceWorker.ts';

export async function serviceWorkerScript(manifest: OfflineManifest, root = process.cwd()): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [path.join(root, ENTRY)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return `const ${MANIFEST_GLOBAL} = ${JSON.stringify(manifest)};\n${outputFiles[0]!.text}`;
}
