/**
 * Records what Vite bundles in each build environment (prerender, client) into
 * src/lib/offline/bundleRecord.ts, so the service worker, generated after the bundles and before
 * pages are written, knows the hashed styles and scripts pages load and a digest of everything for
 * the build id, from the bundler itself and not from the pages it writes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { recordBundle, resetBundleRecord } from '../lib/offline/bundleRecord.ts';

export default function bundleRecord(): AstroIntegration {
  return {
    name: 'intermestic:bundle-record',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'intermestic:bundle-record',
                apply: 'build',
                // After writing, when every plugin (the CSS one last) has added its files.
                writeBundle(_options, bundle) {
                  const outputs = Object.values(bundle).map((o) => ({ fileName: o.fileName, kind: o.type, content: o.type === 'chunk' ? o.code : o.source }));
                  recordBundle(this.environment.name, outputs, { root, assetsDir: this.environment.config.build.assetsDir });
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => resetBundleRecord(),
    },
  };
}
