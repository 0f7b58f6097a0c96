import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Checks over the built site in dist/ that need no browser (run after `npm run build`). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/static/**/*.test.ts'],
    css: { include: [/colors\.css/] },
    testTimeout: 600_000,
  },
});
