import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // src/lib/colors.ts reads src/styles/colors.css as text (?raw); vitest empties CSS unless told to keep it.
    css: { include: [/colors\.css/] },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
