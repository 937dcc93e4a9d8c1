import { fileURLToPath, URL } from 'node:url';

import { defineConfig } from 'vitest/config';

// The bench's own unit tests: npx vitest run --config bench/vitest.config.ts
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    exclude: ['dist-reference/**', 'node_modules/**'],
    environment: 'node',
  },
});
