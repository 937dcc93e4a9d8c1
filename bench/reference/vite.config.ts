import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The benchmark's reference: our JSON Schema rendered by react-jsonschema-form.
// A page of its own, built apart from the app, so nothing of it reaches the
// app's bundle; built into node_modules/.cache, which git, ESLint and
// Prettier all ignore.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(
      new URL('../../node_modules/.cache/bench-reference', import.meta.url),
    ),
    emptyOutDir: true,
  },
});
